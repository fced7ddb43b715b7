import { EmptyState, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, NEIGHBOURHOOD_PATHS, neighbourhoodPath } from '../paths';
import { useNeighbourhoods, type NeighbourhoodSummary } from './api';

/** The neighbourhoods residents join: their areas, residents and whether they are archived. */
export default function NeighbourhoodsPage() {
  return (
    <RequireStaff task="manage_neighbourhoods">
      <Neighbourhoods />
    </RequireStaff>
  );
}

function Neighbourhoods() {
  const { t } = useTranslation();
  const list = useNeighbourhoods();
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('neighbourhoods.title')}
        lead={t('neighbourhoods.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          <Button component={Link} to={NEIGHBOURHOOD_PATHS.new}>
            {t('neighbourhoods.new')}
          </Button>
        }
      />
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingState />
      ) : list.data.length === 0 ? (
        <EmptyState
          title={t('neighbourhoods.empty.title')}
          description={t('neighbourhoods.empty.body')}
        />
      ) : (
        <NeighbourhoodList neighbourhoods={list.data} />
      )}
    </Stack>
  );
}

function NeighbourhoodList({ neighbourhoods }: { neighbourhoods: NeighbourhoodSummary[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('neighbourhoods.title')}>
        {neighbourhoods.map((neighbourhood, index) => (
          <Stack
            key={neighbourhood.id}
            component="li"
            gap={4}
            p="md"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <Group gap="xs" justify="space-between" align="flex-start">
              <Anchor component={Link} to={neighbourhoodPath(neighbourhood.id)} fw={600}>
                {neighbourhood.name}
              </Anchor>
              {neighbourhood.archived_at ? (
                <Badge variant="light" color="gray">
                  {t('neighbourhoods.archived')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">
              {t(`neighbourhoods.country.${neighbourhood.country}`)}
              {' · '}
              {areasLine(neighbourhood)}
            </Text>
            <Text size="sm" c="dark.5">
              {t('neighbourhoods.residents', { count: neighbourhood.resident_count })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

/** "3581, 3582, Utrecht": the postcode areas, then the places. */
export function areasLine(neighbourhood: NeighbourhoodSummary): string {
  return [...neighbourhood.postcode_areas, ...neighbourhood.places.map((place) => place.name)].join(
    ', ',
  );
}
