import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { formatDate, formatDateTime, formatShortDate, formatTime } from './dateTime';
import { dayPartLabel, weekdayLabel, type DayPart, type Weekday } from './dayParts';
import { formatMoney } from './money';
import { formatAverage, formatFileSize } from './numbers';
import { formatPhone } from './phone';

/** The formatting helpers bound to the current UI language. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(
    () => ({
      money: (cents: number) => formatMoney(cents),
      date: (value: Date | string) => formatDate(value, language),
      shortDate: (value: Date | string) => formatShortDate(value, language),
      time: (value: Date | string) => formatTime(value, language),
      dateTime: (value: Date | string) => formatDateTime(value, language),
      dayPart: (dayPart: DayPart) => dayPartLabel(t, dayPart),
      weekday: (day: Weekday) => weekdayLabel(t, day),
      phone: (phone: string) => formatPhone(phone),
      fileSize: (bytes: number) => formatFileSize(bytes, language),
      average: (average: number) => formatAverage(average, language),
    }),
    [language, t],
  );
}
