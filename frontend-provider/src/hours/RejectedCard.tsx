import { useFormat } from '@kring/common';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIST_DAYS_MAX, useMyHours, type Entry } from '../api/hours';
import { addDays } from './days';
import { EntrySummary } from './EntrySummary';

/**
 * Rejected hours of the last three months, on top until fixed: each with the reason and a
 * button to fix it (it then waits for approval again). Nothing when there are none.
 */
export function RejectedCard({ today, onFix }: { today: string; onFix: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rejected = useMyHours(addDays(today, -LIST_DAYS_MAX), today, 'rejected');
  const entries = rejected.data ?? [];
  if (entries.length === 0) return null;
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="hours-rejected"
      bg="red.0"
      style={{ borderColor: 'var(--mantine-color-red-7)', borderWidth: 2 }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title id="hours-rejected" order={2} size="h3">
            {t('hours.rejected.title', { count: entries.length })}
          </Title>
          <Text size="sm">{t('hours.rejected.lead')}</Text>
        </Stack>
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Card withBorder padding="sm" radius="md">
                <EntrySummary entry={entry} heading={format.day(entry.work_date)}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('hours.rejected.reason', {
                      name: entry.decided_by_name ?? '–',
                      reason: entry.reject_reason ?? '–',
                    })}
                  </Text>
                  <Button
                    color="kringClay.7"
                    onClick={() => onFix(entry)}
                    aria-label={t('hours.rejected.fixLabel', { day: format.day(entry.work_date) })}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('hours.actions.fix')}
                  </Button>
                </EntrySummary>
              </Card>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
