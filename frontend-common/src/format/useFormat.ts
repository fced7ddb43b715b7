import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatDayMonth,
  formatDeadline,
  formatMoment,
  formatMonth,
  formatShortDate,
  formatTime,
} from './dateTime';
import { dayPartLabel, weekdayLabel, type DayPart, type Weekday } from './dayParts';
import { formatMoney } from './money';
import {
  formatAverage,
  formatDistance,
  formatFileSize,
  formatNumber,
  formatPercent,
} from './numbers';
import { formatPhone } from './phone';

type Instant = Date | string;

/** The formatting helpers bound to the current UI language: the portals' one way to write values. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(
    () => ({
      money: (cents: number) => formatMoney(cents),
      date: (value: Instant) => formatDate(value, language),
      shortDate: (value: Instant) => formatShortDate(value, language),
      time: (value: Instant) => formatTime(value, language),
      dateTime: (value: Instant) => formatDateTime(value, language),
      /** An inbox moment: "di 29 dec, 23:59". */
      moment: (value: Instant) => formatMoment(value, language),
      /** A deadline: "dinsdag 29 december 23:59". */
      deadline: (value: Instant) => formatDeadline(value, language),
      /** A calendar day (`YYYY-MM-DD`): "do 3 december 2026". */
      day: (value: string) => formatDay(value, language),
      /** A calendar month (`YYYY-MM`): "november 2026". */
      month: (value: string) => formatMonth(value, language),
      /** A calendar day (`YYYY-MM-DD`), short: "3 dec". */
      dayMonth: (value: string) => formatDayMonth(value, language),
      dayPart: (dayPart: DayPart) => dayPartLabel(t, dayPart),
      weekday: (day: Weekday) => weekdayLabel(t, day),
      phone: (phone: string) => formatPhone(phone),
      fileSize: (bytes: number) => formatFileSize(bytes, language),
      average: (average: number) => formatAverage(average, language),
      number: (value: number, fractionDigits?: number) =>
        formatNumber(value, language, fractionDigits),
      percent: (share: number) => formatPercent(share, language),
      distance: (km: number) => formatDistance(km, language),
    }),
    [language, t],
  );
}
