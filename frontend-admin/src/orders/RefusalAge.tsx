import { todayInKring } from '@kring/common';
import { useTranslation } from 'react-i18next';

/** Whole calendar days (Dutch time) from `at` to `now`. */
export function daysSince(at: string, now: Date = new Date()): number {
  const day = (value: string) => Date.parse(`${value}T00:00:00Z`);
  const days = (day(todayInKring(now)) - day(todayInKring(new Date(at)))) / 86_400_000;
  return Math.max(0, Math.round(days));
}

/** How long ago a refusal came in, in words ("vandaag", "gisteren", "3 dagen geleden"). */
export function useAge() {
  const { t } = useTranslation();
  return (at: string) => {
    const days = daysSince(at);
    if (days === 0) return t('refusals.age.today');
    if (days === 1) return t('refusals.age.yesterday');
    return t('refusals.age.days', { count: days });
  };
}
