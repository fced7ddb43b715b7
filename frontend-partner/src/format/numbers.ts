import { INTL_LOCALES, KRING_TIME_ZONE, toLanguage } from '@kring/common';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** "3,2 km" (nl, fr) or "3.2 km" (en): one decimal, as the API rounds it. */
export function formatDistance(km: number, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    style: 'unit',
    unit: 'kilometer',
    minimumFractionDigits: km < 10 ? 1 : 0,
    maximumFractionDigits: 1,
  }).format(km);
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
      deadline: (value: string | Date) => formatDeadline(value, language),
    }),
    [language],
  );
}
