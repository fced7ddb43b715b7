import { INTL_LOCALES, KRING_TIME_ZONE, toLanguage } from '@kring/common';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const KB = 1024;
const MB = 1024 * 1024;

/** "3,2 km" (nl, fr) or "3.2 km" (en): one decimal, as the API rounds it. */
export function formatDistance(km: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'unit',
    unit: 'kilometer',
    minimumFractionDigits: km < 10 ? 1 : 0,
    maximumFractionDigits: 1,
  }).format(km);
}

/** "4,5": an average of stars, one decimal. */
export function formatAverage(average: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}

/** "245 kB", "1,2 MB" (rounded up; 1 MB = 1024 × 1024 bytes, as the API counts). */
export function formatFileSize(bytes: number, language: string): string {
  const inMb = bytes >= MB;
  const amount = inMb ? Math.ceil((bytes / MB) * 10) / 10 : Math.max(1, Math.ceil(bytes / KB));
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'unit',
    unit: inMb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** "dinsdag 29 december 23:59": a deadline as people read it, in Dutch/Belgian time. */
export function formatDeadline(value: string | Date, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const locale = INTL_LOCALES[toLanguage(language)];
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: KRING_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: KRING_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${day} ${time}`;
}

/** The helpers above, bound to the UI's language. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      distance: (km: number) => formatDistance(km, language),
      average: (average: number) => formatAverage(average, language),
      fileSize: (bytes: number) => formatFileSize(bytes, language),
      deadline: (value: string | Date) => formatDeadline(value, language),
    }),
    [language],
  );
}
