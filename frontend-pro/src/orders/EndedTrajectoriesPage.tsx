import { EmptyState, ErrorState, LoadingState, useFormat } from '@kring/common';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEndedTrajectories, type EndedFilters, type EndedTrajectory } from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import { orderPath } from '../paths';
import {
  CountLine,
  Facts,
  LoadMore,
  OrganisationFilter,
  SearchField,
  useListParams,
} from './listParts';
import { CategoryBadge } from './OrderBadges';
import { useOrderOrganisations } from './organisations';
import { OrdersFrame } from './OrdersFrame';

/** "Beëindigde trajecten": rentals with their end and pickup, until two months after pickup. */
export default function EndedTrajectoriesPage() {
  return (
    <RequireMember>
      <EndedTrajectories />
    </RequireMember>
  );
}

function EndedTrajectories() {
  const { t } = useTranslation();
  const params = useListParams();
  const organisations = useOrderOrganisations();
  const filters: EndedFilters = {
    q: params.get('q') ?? '',
    organisation: params.get('organisation'),
  };
  const ended = useEndedTrajectories(filters);
  const items = ended.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.q || filters.organisation);
  const { set } = params;

  return (
    <OrdersFrame title={t('orders.ended.title')} lead={t('orders.ended.lead')} section="ended">
      <Alert color="blue" variant="light" role="note" data-testid="ended-visibility">
        {t('orders.ended.visibility')}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SearchField
          id="ended-search"
          label={t('orders.list.search')}
          hint={t('orders.list.searchHint')}
          q={filters.q}
          onSearch={(q) => set({ q })}
        />
        <OrganisationFilter
          organisations={organisations}
          value={filters.organisation}
          onChange={(organisation) => set({ organisation })}
        />
      </SimpleGrid>
      <CountLine testId="ended-count">
        {ended.data
          ? ended.hasNextPage
            ? t('orders.ended.shown', { count: items.length })
            : t('orders.ended.count', { count: items.length })
          : ''}
      </CountLine>
      {ended.isPending ? (
        <LoadingState />
      ) : ended.isError ? (
        <ErrorState error={ended.error} onRetry={() => void ended.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('orders.list.noMatchTitle')}
            description={t('orders.list.noMatch')}
            action={
              <Button
                variant="default"
                onClick={() => {
                  set({ q: null, organisation: null });
                }}
              >
                {t('orders.list.clearFilters')}
              </Button>
            }
          />
        ) : (
          <EmptyState title={t('orders.ended.emptyTitle')} description={t('orders.ended.empty')} />
        )
      ) : (
        <Stack gap="md">
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('orders.ended.listLabel')}
            aria-busy={ended.isPlaceholderData || undefined}
            style={{ listStyle: 'none', opacity: ended.isPlaceholderData ? 0.6 : 1 }}
          >
            {items.map((trajectory) => (
              <EndedRow
                key={trajectory.id}
                trajectory={trajectory}
                showOrganisation={organisations.several}
              />
            ))}
          </Stack>
          <LoadMore
            hasMore={ended.hasNextPage}
            loading={ended.isFetchingNextPage}
            onLoad={() => void ended.fetchNextPage()}
          />
        </Stack>
      )}
    </OrdersFrame>
  );
}

function EndedRow({
  trajectory,
  showOrganisation,
}: {
  trajectory: EndedTrajectory;
  showOrganisation: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `ended-${trajectory.id}`;
  return (
    <Card component="li" withBorder padding="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={orderPath(trajectory.id)}
              fw={700}
              size="lg"
              id={titleId}
              style={{ overflowWrap: 'anywhere' }}
            >
              {trajectory.device_name}
            </Anchor>
            <CategoryBadge category={trajectory.category} />
          </Group>
          <Text size="sm" c="dark.5">
            {t('orders.number', { number: trajectory.number })}
          </Text>
        </Stack>
        <Facts
          facts={[
            { label: t('orders.fields.clientName'), value: trajectory.client_name },
            { label: t('orders.dates.delivered_on'), value: format.day(trajectory.delivered_on) },
            {
              label: t('orders.dates.rental_ended_on'),
              value: format.day(trajectory.rental_ended_on),
            },
            { label: t('orders.dates.picked_up_on'), value: format.day(trajectory.picked_up_on) },
            {
              label: t('orders.fields.daysRented'),
              value: t('orders.days', { count: trajectory.days_rented }),
            },
            { label: t('orders.ended.visibleUntil'), value: format.day(trajectory.visible_until) },
            ...(showOrganisation
              ? [{ label: t('orders.organisation'), value: trajectory.organisation_name }]
              : []),
          ]}
        />
      </Stack>
    </Card>
  );
}
