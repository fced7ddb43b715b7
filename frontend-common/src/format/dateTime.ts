import { DEFAULT_LANGUAGE, INTL_LOCALES, type Language } from '../i18n/languages';

/** Kring shows every date and time in Dutch/Belgian local time. */
export const KRING_TIME_ZONE = 'Europe/Amsterdam';

type Instant = Date | string | number;

function toDate(value: Instant): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a valid date: ${String(value)}`);
  }
  return date;
}

function format(value: Instant, language: Language, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    timeZone: KRING_TIME_ZONE,
    ...options,
  }).format(toDate(value));
}

/** e.g. "1 juli 2026" */
export function formatDate(value: Instant, language: Language = DEFAULT_LANGUAGE): string {
  return format(value, language, { dateStyle: 'long' });
}

/** e.g. "01-07-2026", for tables */
export function formatShortDate(value: Instant, language: Language = DEFAULT_LANGUAGE): string {
  return format(value, language, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** e.g. "14:30" (24-hour clock in every language) */
export function formatTime(value: Instant, language: Language = DEFAULT_LANGUAGE): string {
  return format(value, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** e.g. "1 juli 2026 om 14:30" */
export function formatDateTime(value: Instant, language: Language = DEFAULT_LANGUAGE): string {
  return format(value, language, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' });
}

/** Today in Dutch time, as `YYYY-MM-DD` (the latest birth date the API accepts, a period's end). */
export function todayInKring(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: KRING_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A calendar day (`YYYY-MM-DD`, no time, no zone) as a date at midnight UTC. */
function calendarDay(value: string): Date {
  return toDate(`${value}T00:00:00Z`);
}

/** A day without a time (an appointment), e.g. "do 3 december 2026". */
export function formatDay(value: string, language: Language = DEFAULT_LANGUAGE): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(calendarDay(value));
}

/** A calendar month (`YYYY-MM`): "november 2026", "novembre 2026", "November 2026". */
export function formatMonth(value: string, language: Language = DEFAULT_LANGUAGE): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(calendarDay(`${value}-01`));
}

/** The month before today's in Dutch time, as `YYYY-MM` (the last closed month). */
export function lastMonthInKring(now: Date = new Date()): string {
  const [year = 0, month = 1] = todayInKring(now).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A day without a time, short, for a chart's axis: "3 dec". */
export function formatDayMonth(value: string, language: Language = DEFAULT_LANGUAGE): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  }).format(calendarDay(value));
}

const yearOf = (date: Date) =>
  new Intl.DateTimeFormat('en', { timeZone: KRING_TIME_ZONE, year: 'numeric' }).format(date);

/**
 * A moment of the inbox as people say it: "di 29 dec, 23:59" (weekday, day, month and time in
 * Dutch time). The year only when it is not this year, to keep the lines short.
 */
export function formatMoment(
  value: Instant,
  language: Language = DEFAULT_LANGUAGE,
  now: Date = new Date(),
): string {
  const date = toDate(value);
  const day = format(date, language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(yearOf(date) !== yearOf(now) ? { year: 'numeric' } : {}),
  });
  return `${day}, ${formatTime(date, language)}`;
}

/** "dinsdag 29 december 23:59": a deadline as people read it, in Dutch/Belgian time. */
export function formatDeadline(value: Instant, language: Language = DEFAULT_LANGUAGE): string {
  const day = format(value, language, { weekday: 'long', day: 'numeric', month: 'long' });
  return `${day} ${formatTime(value, language)}`;
}
