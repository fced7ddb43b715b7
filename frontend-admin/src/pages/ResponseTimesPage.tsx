import { EmptyState, ErrorState, LoadingState, useFormat, PageHeader } from '@kring/common';
import { Anchor, Button, Card, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useResponseTimes } from '../api/responseTimes';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, providerPath, QUEUE_PATHS, withQuery } from '../paths';

/** Providers' response times to contact requests; by default only who has overdue ones. */
export default function ResponseTimesPage() {
  return (
    <RequireStaff task="view_response_times">
      <ResponseTimes />
    </RequireStaff>
  );
}

function ResponseTimes() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The API's default: only providers with overdue requests; `all=true` shows everyone.
  const everyone = params.get('all') === 'true';
  const cursor = params.get('cursor');
  const list = useResponseTimes(!everyone, cursor);
  const here = (nextCursor: string | null) =>
    withQuery(QUEUE_PATHS.responseTimes, {
      all: everyone ? 'true' : null,
      cursor: nextCursor,
    });
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('responseTimes.title')}
        lead={t('responseTimes.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Checkbox
        id="response-times-all"
        label={t('responseTimes.everyone')}
        checked={everyone}
        onChange={(event) =>
          void navigate(
            withQuery(QUEUE_PATHS.responseTimes, {
              all: event.currentTarget.checked ? 'true' : null,
            }),
          )
        }
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={t('responseTimes.empty.title')}
          description={everyone ? t('responseTimes.empty.none') : t('responseTimes.empty.overdue')}
        />
      ) : (
        <Stack gap="md">
          <Card withBorder padding={0}>
            <Table.ScrollContainer minWidth={0}>
              <Table verticalSpacing="sm" aria-label={t('responseTimes.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('responseTimes.columns.provider')}</Table.Th>
                    <Table.Th ta="right">{t('responseTimes.columns.overdue')}</Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {t('responseTimes.columns.requests')}
                    </Table.Th>
                    <Table.Th ta="right" visibleFrom="sm">
                      {t('responseTimes.columns.median')}
                    </Table.Th>
                    <Table.Th ta="right">{t('responseTimes.columns.inTime')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((row) => (
                    <Table.Tr key={row.profile_id}>
                      <Table.Td style={{ wordBreak: 'break-word' }}>
                        <Anchor component={Link} to={providerPath(row.profile_id)} fw={600}>
                          {row.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text
                          fw={row.overdue > 0 ? 700 : 400}
                          c={row.overdue > 0 ? 'red.8' : undefined}
                        >
                          {format.number(row.overdue)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {format.number(row.requests)}
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        {row.median_response_minutes === null
                          ? '–'
                          : t('responseTimes.minutes', {
                              count: Math.round(row.median_response_minutes),
                            })}
                      </Table.Td>
                      <Table.Td ta="right">
                        {row.within_deadline_share === null
                          ? '–'
                          : format.percent(row.within_deadline_share)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Group gap="sm" justify="space-between">
            {cursor ? (
              <Anchor component={Link} to={here(null)}>
                {t('people.pages.first')}
              </Anchor>
            ) : (
              <span />
            )}
            {list.data.next_cursor ? (
              <Button component={Link} to={here(list.data.next_cursor)} variant="light">
                {t('people.pages.next')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
