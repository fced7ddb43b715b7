import { INTL_LOCALES, toLanguage } from '@kring/common';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** 165 → "2 u 45 min", in the UI's language. */
export function useDuration() {
  const { t } = useTranslation();
  return useCallback(
    (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return t('hours.duration.m', { minutes: rest });
      if (rest === 0) return t('hours.duration.h', { hours });
      return t('hours.duration.hm', { hours, minutes: rest });
    },
    [t],
  );
}

/** `2026-11` → "november 2026", in the UI's language. */
export function useMonthName() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(() => {
    const months = new Intl.DateTimeFormat(INTL_LOCALES[language], {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    });
    return (month: string) => months.format(new Date(`${month}-01T00:00:00Z`));
  }, [language]);
}

/** `2026-11` plus or minus some months, as `YYYY-MM`. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
