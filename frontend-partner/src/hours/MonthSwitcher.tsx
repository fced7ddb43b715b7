import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shiftMonth, useHoursFormat } from './hoursFormat';

export interface MonthSwitcherProps {
  /** The month shown, `YYYY-MM`. */
  month: string;
  /** No month before this one (the first engagement's start) or after it (this month). */
  earliest: string;
  latest: string;
  /** Months with hours still waiting, oldest first. */
  waiting: readonly string[];
  onChange: (month: string) => void;
}

/** The month shown, a step back or forward, and the months whose hours still wait. */
export function MonthSwitcher({ month, earliest, latest, waiting, onChange }: MonthSwitcherProps) {
  const { t } = useTranslation();
  const hours = useHoursFormat();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" role="group" aria-label={t('hours.month.label')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('hours.month.previous', { month: hours.month(previous) })}
          disabled={previous < earliest}
          onClick={() => onChange(previous)}
        >
          <span aria-hidden>‹</span>
        </ActionIcon>
        <Text
          fw={700}
          size="lg"
          miw={0}
          ta="center"
          style={{ flex: '0 1 12rem' }}
          aria-live="polite"
          data-testid="hours-month"
        >
          {hours.month(month)}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('hours.month.next', { month: hours.month(next) })}
          disabled={next > latest}
          onClick={() => onChange(next)}
        >
          <span aria-hidden>›</span>
        </ActionIcon>
      </Group>
      {waiting.length > 0 ? (
        <Group gap="xs" wrap="wrap" align="center">
          <Text size="sm" fw={600} id="hours-months-waiting">
            {t('hours.month.waiting', { count: waiting.length })}
          </Text>
          <Group gap={6} wrap="wrap" role="group" aria-labelledby="hours-months-waiting">
            {waiting.map((item) => (
              <Button
                key={item}
                size="compact-sm"
                radius="xl"
                variant={item === month ? 'filled' : 'default'}
                color="kringClay.7"
                aria-pressed={item === month}
                onClick={() => onChange(item)}
              >
                {hours.month(item)}
              </Button>
            ))}
          </Group>
        </Group>
      ) : null}
    </Stack>
  );
}
