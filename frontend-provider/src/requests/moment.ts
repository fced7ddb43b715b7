import { INTL_LOCALES, KRING_TIME_ZONE, toLanguage } from '@kring/common';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Instant = Date | string;

function parts(language: string, withYear: boolean) {
  const locale = INTL_LOCALES[toLanguage(language)];
  return {
    day: new Intl.DateTimeFormat(locale, {
      timeZone: KRING_TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
    }),
    time: new Intl.DateTimeFormat(locale, {
      timeZone: KRING_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  };
}

const yearOf = (date: Date) =>
  new Intl.DateTimeFormat('en', { timeZone: KRING_TIME_ZONE, year: 'numeric' }).format(date);

/**
 * A moment of the inbox as people say it: "di 29 dec, 23:59" (weekday, day, month and time in
 * Dutch time). The year only when it is not this year, to keep the lines short.
 */
export function formatMoment(value: Instant, language: string, now: Date = new Date()): string {
  const date = value instanceof Date ? value : new Date(value);
  const format = parts(language, yearOf(date) !== yearOf(now));
  return `${format.day.format(date)}, ${format.time.format(date)}`;
}

/** A day without a time (an appointment), e.g. "do 3 december 2026". */
export function formatDay(value: string, language: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[toLanguage(language)], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${value}T00:00:00Z`));
}

/** The inbox's formats in the current UI language. */
export function useMoments() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      moment: (value: Instant) => formatMoment(value, language),
      day: (value: string) => formatDay(value, language),
    }),
    [language],
  );
}
