import { ErrorState, LoadingState, StatusBadge, useFormat } from '@kring/common';
import { ActionIcon, Box, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffDossierEngagements } from '../api/dossiers';
import { useStaffDossierHours, type DossierHours, type HoursEntry } from '../api/hours';
import { SectionCard } from '../components/SectionCard';
import { shiftMonth, useDuration, useMonthName } from './duration';

const STATUS_COLOURS: Record<HoursEntry['status'], string> = {
  submitted: 'yellow',
  approved: 'kringTeal',
  rejected: 'red',
  superseded: 'gray',
};

/**
 * A dossier's hours of a month, read only (staff never approve): what waits, what was approved
 * or rejected and by whom. Opens on the oldest month with hours waiting, else this month.
 */
export function HoursCard({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const engagements = useStaffDossierEngagements(dossierId);
  const helped = (engagements.data?.length ?? 0) > 0;
  return (
    <SectionCard id="dossier-hours" title={t('hours.card.title')} gap="sm">
      {engagements.isPending ? (
        <LoadingState />
      ) : engagements.isError ? (
        <ErrorState error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : helped ? (
        <Hours
          dossierId={dossierId}
          earliestStart={engagements.data
            .map((engagement) => engagement.started_at.slice(0, 7))
            .reduce((first, start) => (start < first ? start : first))}
        />
      ) : (
        <Text c="dark.5">{t('hours.card.nobody')}</Text>
      )}
    </SectionCard>
  );
}

function Hours({ dossierId, earliestStart }: { dossierId: string; earliestStart: string }) {
  const { t } = useTranslation();
  const monthName = useMonthName();
  const [chosen, setChosen] = useState<string | null>(null);
  const thisMonth = useStaffDossierHours(dossierId, null);
  const opening = thisMonth.data;
  const month = chosen ?? opening?.months_waiting[0] ?? opening?.month ?? null;
  const other = useStaffDossierHours(dossierId, month, month !== null && month !== opening?.month);
  const shown = month === opening?.month ? thisMonth : other;
  if (thisMonth.isError) {
    return <ErrorState error={thisMonth.error} onRetry={() => void thisMonth.refetch()} />;
  }
  if (!opening || !month) return <LoadingState />;
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const waiting = shown.data?.months_waiting ?? opening.months_waiting;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dark.5">
        {t('hours.card.lead')}
      </Text>
      <Group gap="xs" wrap="nowrap" role="group" aria-label={t('hours.card.month')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('hours.card.previous', { month: monthName(previous) })}
          disabled={previous < earliestStart}
          onClick={() => setChosen(previous)}
        >
          <span aria-hidden>‹</span>
        </ActionIcon>
        <Text fw={700} miw="10rem" ta="center" aria-live="polite" data-testid="hours-month">
          {monthName(month)}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('hours.card.next', { month: monthName(next) })}
          disabled={next > opening.month}
          onClick={() => setChosen(next)}
        >
          <span aria-hidden>›</span>
        </ActionIcon>
      </Group>
      {waiting.length > 0 ? (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} id="hours-months-waiting">
            {t('hours.card.waitingMonths', { count: waiting.length })}
          </Text>
          <Group gap={6} wrap="wrap" role="group" aria-labelledby="hours-months-waiting">
            {waiting.map((item) => (
              <Button
                key={item}
                size="compact-sm"
                radius="xl"
                variant={item === month ? 'filled' : 'default'}
                aria-pressed={item === month}
                onClick={() => setChosen(item)}
              >
                {monthName(item)}
              </Button>
            ))}
          </Group>
        </Group>
      ) : null}
      {shown.isError ? (
        <ErrorState error={shown.error} onRetry={() => void shown.refetch()} />
      ) : shown.data?.month === month ? (
        <Month hours={shown.data} />
      ) : (
        <LoadingState />
      )}
    </Stack>
  );
}

function Month({ hours }: { hours: DossierHours }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const monthName = useMonthName();
  const amounts = hours.waiting.amount_cents !== null;
  const total = (totals: DossierHours['waiting']) =>
    [
      t('hours.card.lines', { count: totals.entries }),
      duration(totals.minutes),
      totals.amount_cents === null ? null : format.money(totals.amount_cents),
    ]
      .filter(Boolean)
      .join(' · ');
  if (hours.entries.length === 0) {
    return <Text c="dark.5">{t('hours.card.none', { month: monthName(hours.month) })}</Text>;
  }
  return (
    <>
      <Stack component="dl" gap={4} m={0}>
        <Group gap="xs">
          <Text component="dt" size="sm" fw={600}>
            {t('hours.card.waiting')}
          </Text>
          <Text component="dd" size="sm" m={0} data-testid="hours-waiting-total">
            {total(hours.waiting)}
          </Text>
        </Group>
        <Group gap="xs">
          <Text component="dt" size="sm" fw={600}>
            {t('hours.card.approved')}
          </Text>
          <Text component="dd" size="sm" m={0} data-testid="hours-approved-total">
            {total(hours.approved)}
          </Text>
        </Group>
      </Stack>
      <Box
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label={t('hours.card.tableLabel', { month: monthName(hours.month) })}
      >
        <Table miw={720} striped fz="sm" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hours.card.columns.date')}</Table.Th>
              <Table.Th scope="col">{t('hours.card.columns.helper')}</Table.Th>
              <Table.Th scope="col">{t('hours.card.columns.times')}</Table.Th>
              <Table.Th scope="col">{t('hours.card.columns.worked')}</Table.Th>
              {amounts ? <Table.Th scope="col">{t('hours.card.columns.amount')}</Table.Th> : null}
              <Table.Th scope="col">{t('hours.card.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('hours.card.columns.decided')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hours.entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(entry.work_date)}</Table.Td>
                <Table.Td>{entry.helper_first_name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {entry.starts_at && entry.ends_at
                    ? `${entry.starts_at.slice(0, 5)}–${entry.ends_at.slice(0, 5)}`
                    : '–'}
                  {entry.break_minutes > 0
                    ? ` (${t('hours.card.break', { minutes: entry.break_minutes })})`
                    : ''}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{duration(entry.minutes)}</Table.Td>
                {amounts ? (
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {entry.amount_cents === null ? '–' : format.money(entry.amount_cents)}
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <StatusBadge color={STATUS_COLOURS[entry.status]} asWritten>
                      {t(`hours.card.status.${entry.status}`)}
                    </StatusBadge>
                    {entry.corrects_entry_id ? (
                      <Text size="xs">{t('hours.card.correction')}</Text>
                    ) : null}
                    {entry.reject_reason ? (
                      <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                        {t('hours.card.reason', { reason: entry.reject_reason })}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {entry.decided_at
                    ? t('hours.card.decided', {
                        name: entry.decided_by_name ?? '–',
                        when: format.dateTime(entry.decided_at),
                      })
                    : '–'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </>
  );
}
