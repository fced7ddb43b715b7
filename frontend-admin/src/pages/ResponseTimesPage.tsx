import { PageHeader, useFormat } from '@kring/common';
import { Checkbox, Grid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useResponseTimes, type ProviderResponseTimes } from '../api/responseTimes';
import { CursorList, NameCell } from '../components/CursorList';
import { RequireStaff } from '../components/RequireStaff';
import { ResponseTimeChart } from '../responseTimes/ResponseTimeChart';
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
  const rows = list.data?.items ?? [];
  const table = (
    <CursorList
      query={list}
      cursor={cursor}
      pathAt={here}
      label={t('responseTimes.tableLabel')}
      tableId="response-times-table"
      head={
        <>
          <Table.Th>{t('responseTimes.columns.provider')}</Table.Th>
          <Table.Th ta="right">{t('responseTimes.columns.overdue')}</Table.Th>
          <Table.Th ta="right" visibleFrom="sm">
            {t('responseTimes.columns.requests')}
          </Table.Th>
          <Table.Th ta="right" visibleFrom="sm">
            {t('responseTimes.columns.median')}
          </Table.Th>
          <Table.Th ta="right">{t('responseTimes.columns.inTime')}</Table.Th>
        </>
      }
      row={(row) => <ResponseTimeRow key={row.profile_id} row={row} />}
      empty={{
        title: t('responseTimes.empty.title'),
        description: everyone ? t('responseTimes.empty.none') : t('responseTimes.empty.overdue'),
      }}
    />
  );
  return (
    <Stack maw={1240} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
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
      {rows.length > 0 ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 7 }}>{table}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <ResponseTimeChart rows={rows} tableId="response-times-table" />
          </Grid.Col>
        </Grid>
      ) : (
        table
      )}
    </Stack>
  );
}

function ResponseTimeRow({ row }: { row: ProviderResponseTimes }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <NameCell to={providerPath(row.profile_id)} name={row.name} />
      <Table.Td ta="right">
        <Text fw={row.overdue > 0 ? 700 : 400} c={row.overdue > 0 ? 'red.8' : undefined}>
          {format.number(row.overdue)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" visibleFrom="sm">
        {format.number(row.requests)}
      </Table.Td>
      <Table.Td ta="right" visibleFrom="sm">
        {row.median_response_minutes === null
          ? '–'
          : t('responseTimes.minutes', { count: Math.round(row.median_response_minutes) })}
      </Table.Td>
      <Table.Td ta="right">
        {row.within_deadline_share === null ? '–' : format.percent(row.within_deadline_share)}
      </Table.Td>
    </Table.Tr>
  );
}
