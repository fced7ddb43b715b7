import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useServedNeighbourhoods } from './api';

/** The neighbourhoods the organisation serves, each with the share of residents who volunteer
 * for local organisations drawn as a bar (Hoplr counts about 17%). */
export function ServedNeighbourhoodsCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const served = useServedNeighbourhoods(organisationId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dashboard-served">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="dashboard-served">
            {t('dashboard.served.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.served.lead')}
          </Text>
        </Stack>
        {served.error ? (
          <ErrorState error={served.error} onRetry={() => void served.refetch()} />
        ) : served.isPending ? (
          <LoadingState />
        ) : served.data.length === 0 ? (
          <Text size="sm">{t('dashboard.served.none')}</Text>
        ) : (
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {served.data.map((n) => {
              const share = n.volunteer_share ?? 0;
              const label = t('dashboard.served.volunteers', {
                count: n.volunteer_count,
                residents: t('dashboard.served.residents', { count: n.resident_count }),
                share: format.percent(share),
              });
              return (
                <Stack component="li" key={n.id} gap={6}>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text fw={600}>{n.name}</Text>
                    <Text size="sm" c="dimmed">
                      {n.resident_count === 0 ? t('dashboard.served.noResidents') : label}
                    </Text>
                  </Group>
                  <Progress.Root size="lg" radius="sm">
                    <Progress.Section
                      value={share * 100}
                      aria-label={t('dashboard.served.barLabel', { name: n.name })}
                      aria-valuetext={label}
                    />
                  </Progress.Root>
                </Stack>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
