import type { TFunction } from 'i18next';

/** The three parts of a day used in availability grids and help requests. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export function dayPartLabel(t: TFunction, dayPart: DayPart): string {
  return t(`common.dayPart.${dayPart}`);
}
