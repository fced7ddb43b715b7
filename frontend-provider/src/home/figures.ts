import { todayInKring } from '@kring/common';
import type { Period } from '../api/statistics';

/** The periods the dashboard offers; the API's default is the middle one. */
export const PERIODS = ['weeks4', 'weeks12', 'months12'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

function shift(day: string, change: (date: Date) => void): string {
  const date = new Date(`${day}T00:00:00Z`);
  change(date);
  return date.toISOString().slice(0, 10);
}

/**
 * The chosen period up to and including today: 4 or 12 whole weeks (28 or 84 days), or the last
 * 12 months (from the same day a year ago, plus one).
 */
export function periodOf(choice: PeriodChoice, now: Date = new Date()): Period {
  const to = todayInKring(now);
  const from =
    choice === 'months12'
      ? shift(to, (date) => {
          date.setUTCFullYear(date.getUTCFullYear() - 1);
          date.setUTCDate(date.getUTCDate() + 1);
        })
      : shift(to, (date) => date.setUTCDate(date.getUTCDate() - (choice === 'weeks4' ? 27 : 83)));
  return { from, to };
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A response time in words, rounded to the minute, as its parts ("1 uur", "30 min"), so a figure
 * can wrap between them but never inside one. Under half a minute is "minder dan 1 min", not
 * "0 min"; from a day on, to the hour ("2 dagen 3 uur").
 */
export function durationParts(minutes: number, t: T): string[] {
  const whole = Math.round(minutes);
  if (whole < 1) return [t('home.stats.duration.lessThanMinute')];
  if (whole < 60) return [t('home.stats.duration.minutes', { count: whole })];
  if (whole < 24 * 60) {
    const hours = Math.floor(whole / 60);
    const rest = whole % 60;
    const hourText = t('home.stats.duration.hours', { count: hours });
    return rest === 0 ? [hourText] : [hourText, t('home.stats.duration.minutes', { count: rest })];
  }
  const hoursInAll = Math.round(whole / 60);
  const days = Math.floor(hoursInAll / 24);
  const hours = hoursInAll % 24;
  const dayText = t('home.stats.duration.days', { count: days });
  return hours === 0 ? [dayText] : [dayText, t('home.stats.duration.hours', { count: hours })];
}

/** A response time in words: "25 min", "1 uur 30 min", "2 dagen 3 uur". */
export function formatDuration(minutes: number, t: T): string {
  return durationParts(minutes, t).join(' ');
}
