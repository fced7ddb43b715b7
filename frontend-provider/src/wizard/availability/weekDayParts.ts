import { DAY_PARTS, WEEKDAYS as COMMON_WEEKDAYS, type DayPart } from '@kring/common';
import type { ProviderProfile, Weekday } from '../../api/profile';

/** frontend-common's week, checked against the days the API takes. */
export const WEEKDAYS = COMMON_WEEKDAYS satisfies readonly Weekday[];

/** One cell of the week grid, e.g. "monday.morning". */
export type DayPartKey = `${Weekday}.${DayPart}`;

export function dayPartKey(day: Weekday, part: DayPart): DayPartKey {
  return `${day}.${part}`;
}

/** The API's week (`{"monday": ["morning"]}`) as the grid's ticked cells. */
export function toDayPartKeys(week: ProviderProfile['day_parts'] | undefined): DayPartKey[] {
  return WEEKDAYS.flatMap((day) =>
    DAY_PARTS.filter((part) => week?.[day]?.includes(part)).map((part) => dayPartKey(day, part)),
  );
}

/** The grid's ticked cells as the API's week, in the week's order; days without any left out. */
export function toWeek(keys: readonly string[]): ProviderProfile['day_parts'] {
  const ticked = new Set(keys);
  const week: ProviderProfile['day_parts'] = {};
  for (const day of WEEKDAYS) {
    const parts = DAY_PARTS.filter((part) => ticked.has(dayPartKey(day, part)));
    if (parts.length > 0) week[day] = parts;
  }
  return week;
}
