// Calendar days as the API writes them (`YYYY-MM-DD`, no zone) and clock times (`HH:MM`):
// computed in UTC so no time zone or summer time shifts a day.
import { INTL_LOCALES, toLanguage, type Weekday } from '@kring/common';
import type { Entry, HoursEngagement } from '../api/hours';

const WEEKDAYS_FROM_SUNDAY: Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utc(value).getTime());
}

/** `day` moved by `count` days (negative: back). */
export function addDays(day: string, count: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(day: string): Weekday {
  return WEEKDAYS_FROM_SUNDAY[utc(day).getUTCDay()] ?? 'monday';
}

/** The weekday of `day` as a sentence says it: "maandag", "lundi", "Monday". */
export function weekdayName(day: string, language: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[toLanguage(language)], {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(utc(day));
}

/** The Monday of the week `day` is in. */
export function mondayOf(day: string): string {
  return addDays(day, -((utc(day).getUTCDay() + 6) % 7));
}

/** The seven days of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** `09:00:00` (the API) as `09:00` (a time field). */
export function clock(value: string | null | undefined): string {
  return value ? value.slice(0, 5) : '';
}

/** Minutes since midnight of `HH:MM`, or `null` when it is no time. */
export function minutesOf(value: string): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** The usual times of an engagement on the weekday of `day`, as time fields take them. */
export function usualTimes(
  engagement: HoursEngagement | undefined,
  day: string,
): { starts_at: string; ends_at: string } | null {
  if (!engagement || !isDay(day)) return null;
  const usual = engagement.usual_times[weekdayOf(day)];
  return usual ? { starts_at: clock(usual.starts_at), ends_at: clock(usual.ends_at) } : null;
}

/**
 * The week's hours that count: waiting and approved, but not rejected ones (to fix), not those
 * a correction replaced, and not approved ones whose correction waits (the correction counts).
 */
export function countedMinutes(entries: readonly Entry[]): number {
  const corrected = new Set(
    entries
      .filter((entry) => entry.status === 'submitted' && entry.corrects_entry_id)
      .map((entry) => entry.corrects_entry_id),
  );
  return entries
    .filter(
      (entry) =>
        (entry.status === 'submitted' || entry.status === 'approved') && !corrected.has(entry.id),
    )
    .reduce((total, entry) => total + entry.minutes, 0);
}
