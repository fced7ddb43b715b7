import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OVERDUE_LIMIT, useOverdueHours, type OverdueDossier } from '../api/hours';
import { NameCell } from '../components/CursorList';
import { RequireStaff } from '../components/RequireStaff';
import { useDuration } from '../hours/duration';
import { ADMIN_PATHS, dossierPath } from '../paths';

/** Dossiers whose hours of an earlier month still wait for approval: whom to call, oldest first. */
export default function OverdueHoursPage() {
  return (
    <RequireStaff task="view_dossiers">
      <OverdueHours />
    </RequireStaff>
  );
}

function OverdueHours() {
  const { t } = useTranslation();
  const list = useOverdueHours();
  return (
    <Stack maw={1240} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('hours.overdue.title')}
        lead={t('hours.overdue.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState title={t('hours.overdue.emptyTitle')} description={t('hours.overdue.empty')} />
      ) : (
        <Stack gap="sm">
          <Card withBorder padding={0}>
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" aria-label={t('hours.overdue.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('hours.overdue.columns.helpSeeker')}</Table.Th>
                    <Table.Th scope="col">{t('hours.overdue.columns.manager')}</Table.Th>
                    <Table.Th scope="col">{t('hours.overdue.columns.oldest')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('hours.overdue.columns.entries')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('hours.overdue.columns.hours')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.map((row) => (
                    <OverdueRow key={row.dossier_id} row={row} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          {list.data.length >= OVERDUE_LIMIT ? (
            <Text size="sm" c="dark.5">
              {t('hours.overdue.more', { count: OVERDUE_LIMIT })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}

function OverdueRow({ row }: { row: OverdueDossier }) {
  const format = useFormat();
  const duration = useDuration();
  return (
    <Table.Tr>
      <NameCell to={dossierPath(row.dossier_id)} name={row.help_seeker_first_name} />
      <Table.Td>
        <Text size="sm">{row.manager_name}</Text>
        <Anchor href={`mailto:${row.manager_email}`} size="sm">
          {row.manager_email}
        </Anchor>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(row.oldest_work_date)}</Table.Td>
      <Table.Td ta="right">{format.number(row.entries)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {duration(row.minutes)}
      </Table.Td>
    </Table.Tr>
  );
}
