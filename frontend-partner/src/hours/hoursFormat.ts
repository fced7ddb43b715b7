import { INTL_LOCALES, toLanguage, useFormat } from '@kring/common';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursEntry } from '../api/hours';

/** `2026-11` plus or minus some months, as `YYYY-MM`. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `09:30:00` → `09:30`. */
const clock = (value: string) => value.slice(0, 5);

/** The ways the hours part writes months, durations and times, in the UI's language. */
export function useHoursFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = toLanguage(i18n.language);
  return useMemo(() => {
    const months = new Intl.DateTimeFormat(INTL_LOCALES[language], {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    });
    /** 165 → "2 u 45 min". */
    const duration = (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return t('hours.duration.m', { minutes: rest });
      if (rest === 0) return t('hours.duration.h', { hours });
      return t('hours.duration.hm', { hours, minutes: rest });
    };
    return {
      /** `2026-11` → "november 2026". */
      month: (month: string) => months.format(new Date(`${month}-01T00:00:00Z`)),
      duration,
      /** 750 → "12,5 uur": a month's total, as people count hours on a statement. */
      hours: (minutes: number) => {
        const hours = Math.round((minutes / 60) * 100) / 100;
        return t('hours.hoursCount', { count: hours, hours: format.number(hours, 2) });
      },
      /** "09:00–12:00", or "Alleen de duur" for hours logged as a duration only. */
      span: (entry: HoursEntry) =>
        entry.starts_at && entry.ends_at
          ? t('hours.times', { start: clock(entry.starts_at), end: clock(entry.ends_at) })
          : t('hours.durationOnly'),
      /** "15 min pauze", when there was a break. */
      pause: (entry: HoursEntry) =>
        entry.break_minutes > 0 ? t('hours.break', { minutes: entry.break_minutes }) : null,
    };
  }, [t, language, format]);
}
