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

/** A week of day parts as the API writes it (`{"monday": ["morning"]}`); days without any left out. */
export type Week = Record<string, DayPart[]>;

/** One cell of the week grid, e.g. "monday.morning". */
export type DayPartCell = `${Weekday}.${DayPart}`;

export function dayPartCell(day: Weekday, part: DayPart): DayPartCell {
  return `${day}.${part}`;
}

/** The API's week as the grid's ticked cells, in the week's order. */
export function cellsOfWeek(week: Week | undefined): DayPartCell[] {
  return WEEKDAYS.flatMap((day) =>
    DAY_PARTS.filter((part) => week?.[day]?.includes(part)).map((part) => dayPartCell(day, part)),
  );
}

/** The grid's ticked cells as the API's week, in the week's order; days without any left out. */
export function weekOfCells(cells: readonly string[]): Week {
  const ticked = new Set(cells);
  const week: Week = {};
  for (const day of WEEKDAYS) {
    const parts = DAY_PARTS.filter((part) => ticked.has(dayPartCell(day, part)));
    if (parts.length > 0) week[day] = parts;
  }
  return week;
}
