import type { TFunction } from 'i18next';

/** The three parts of a day used in availability grids and help requests. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** The days of the week as the API names them, Monday first. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function dayPartLabel(t: TFunction, dayPart: DayPart): string {
  return t(`common.dayPart.${dayPart}`);
}

/** "Maandag": a weekday's name, capitalised, as a table's row header. */
export function weekdayLabel(t: TFunction, day: Weekday): string {
  return t(`common.weekday.${day}`);
}
