import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyHours, type Entry } from '../api/hours';
import { addDays, countedMinutes, mondayOf, weekDays } from './days';
import { formatDuration } from './duration';
import { EntrySummary } from './EntrySummary';

export interface EntryActions {
  onChange: (entry: Entry) => void;
  onFix: (entry: Entry) => void;
  onCorrect: (entry: Entry) => void;
  onWithdraw: (entry: Entry) => void;
}

/**
 * A week of my hours, Monday to Sunday, day by day, with the week's total; earlier weeks a tap
 * back (not past this week). Waiting hours can be changed or withdrawn, rejected ones fixed,
 * approved ones corrected (once: a second correction waits for the first).
 */
export function WeekView({
  today,
  monday,
  onMonday,
  actions,
}: {
  today: string;
  monday: string;
  onMonday: (monday: string) => void;
  actions: EntryActions;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sunday = addDays(monday, 6);
  const hours = useMyHours(monday, sunday);
  const thisWeek = mondayOf(today);
  const entries = hours.data ?? [];
  const approved = entries
    .filter((entry) => entry.status === 'approved')
    .reduce((total, entry) => total + entry.minutes, 0);
  const total = countedMinutes(entries);
  const correctionWaiting = new Set(
    entries
      .filter((entry) => entry.status === 'submitted' && entry.corrects_entry_id)
      .map((entry) => entry.corrects_entry_id),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="hours-week">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title id="hours-week" order={2} size="h3">
            {monday === thisWeek
              ? t('hours.week.thisWeek')
              : t('hours.week.title', { from: format.dayMonth(monday) })}
          </Title>
          <Group gap="xs">
            <Button variant="default" size="sm" onClick={() => onMonday(addDays(monday, -7))}>
              {t('hours.week.previous')}
            </Button>
            {monday < thisWeek ? (
              <Button variant="default" size="sm" onClick={() => onMonday(addDays(monday, 7))}>
                {t('hours.week.next')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="dark.5">
          {t('hours.week.range', { from: format.day(monday), to: format.day(sunday) })}
        </Text>
        {hours.isPending ? (
          <LoadingState />
        ) : hours.isError ? (
          <ErrorState error={hours.error} onRetry={() => void hours.refetch()} />
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {weekDays(monday).map((day) => {
              const ofDay = entries
                .filter((entry) => entry.work_date === day)
                // Earliest first within a day (the API lists newest first).
                .reverse();
              return (
                <li key={day}>
                  <Stack gap={6}>
                    <Text fw={600} size="sm" c={ofDay.length ? undefined : 'dark.4'}>
                      {format.day(day)}
                      {ofDay.length === 0 ? ` · ${t('hours.week.none')}` : ''}
                    </Text>
                    {ofDay.map((entry) => (
                      <Card key={entry.id} withBorder padding="sm" radius="md">
                        <EntrySummary entry={entry}>
                          <EntryButtons
                            entry={entry}
                            correctionWaiting={correctionWaiting.has(entry.id)}
                            actions={actions}
                          />
                        </EntrySummary>
                      </Card>
                    ))}
                  </Stack>
                </li>
              );
            })}
          </Stack>
        )}
        <Divider />
        <Group justify="space-between" gap="xs" wrap="wrap" aria-live="polite">
          <Text fw={700} data-testid="week-total">
            {t('hours.week.total', { duration: formatDuration(t, total) })}
          </Text>
          <Text size="sm" c="dark.5">
            {t('hours.week.approved', { duration: formatDuration(t, approved) })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

function EntryButtons({
  entry,
  correctionWaiting,
  actions,
}: {
  entry: Entry;
  correctionWaiting: boolean;
  actions: EntryActions;
}) {
  const { t } = useTranslation();
  switch (entry.status) {
    case 'submitted':
      return (
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => actions.onChange(entry)}>
            {t('hours.actions.change')}
          </Button>
          <Button size="xs" variant="default" onClick={() => actions.onWithdraw(entry)}>
            {t('hours.actions.withdraw')}
          </Button>
        </Group>
      );
    case 'rejected':
      return (
        <Stack gap={6}>
          {entry.reject_reason ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('hours.rejected.reason', {
                name: entry.decided_by_name ?? '–',
                reason: entry.reject_reason,
              })}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button size="xs" color="kringClay.7" onClick={() => actions.onFix(entry)}>
              {t('hours.actions.fix')}
            </Button>
            <Button size="xs" variant="default" onClick={() => actions.onWithdraw(entry)}>
              {t('hours.actions.withdraw')}
            </Button>
          </Group>
        </Stack>
      );
    case 'approved':
      return correctionWaiting ? (
        <Text size="sm" c="dark.5">
          {t('hours.entry.correctionWaiting')}
        </Text>
      ) : (
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => actions.onCorrect(entry)}>
            {t('hours.actions.correct')}
          </Button>
        </Group>
      );
    default:
      return null;
  }
}
