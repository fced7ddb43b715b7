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
