import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../api/hours';
import { clock } from './days';
import { formatDuration } from './duration';
import { EntryStatusBadge } from './EntryStatusBadge';

/** When: "09:00–12:30, 15 min pause", or "a duration" when no times were given. */
export function entryTimes(
  t: (key: string, options?: Record<string, unknown>) => string,
  entry: Entry,
) {
  if (entry.starts_at === null || entry.ends_at === null) return t('hours.entry.durationOnly');
  const times = `${clock(entry.starts_at)}–${clock(entry.ends_at)}`;
  return entry.break_minutes > 0
    ? t('hours.entry.withBreak', { times, minutes: entry.break_minutes })
    : times;
}

/**
 * One entry: the worked time, when, for whom, its status, whether it corrects approved hours,
 * the note; `children` adds what the place needs (a reason, buttons).
 */
export function EntrySummary({
  entry,
  heading,
  children,
}: {
  entry: Entry;
  /** Said first, e.g. the day when the entry stands apart from its week. */
  heading?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Text fw={700}>
          {heading ? `${heading} · ` : ''}
          {formatDuration(t, entry.minutes)}
        </Text>
        <EntryStatusBadge status={entry.status} />
      </Group>
      <Text size="sm">
        {t('hours.entry.when', { times: entryTimes(t, entry), name: entry.help_seeker_first_name })}
      </Text>
      {entry.corrects_entry_id ? (
        <Text size="sm" fs="italic">
          {t('hours.entry.correction')}
        </Text>
      ) : null}
      {entry.note ? (
        <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
          {entry.note}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}
