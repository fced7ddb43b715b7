import { todayInKring } from '@kring/common';
import { z } from 'zod';
import type { OrderStatus, OrderStatusChange, StaffOrder } from '../api/orders';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Which statuses record a day, and which way it may lie from today (the API's rule): the day a
 * visit is planned is today or later; the day something happened is today or earlier. A status
 * not named records no day.
 */
export const DATED: Partial<Record<OrderStatus, 'planned' | 'happened'>> = {
  planned: 'planned',
  delivered: 'happened',
  repaired: 'happened',
  adjusted: 'happened',
  ended: 'happened',
  picked_up: 'happened',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The last day a visit may be planned for: a year (365 days) from `today`, as the API has it. */
export function yearAhead(today: string): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 365)).toISOString().slice(0, 10);
}

/** Why a day cannot be earlier: what happened on the earliest day it may be. */
export interface EarliestDay {
  day: string;
  because: 'placed' | 'delivered' | 'ended';
}

/**
 * The earliest day a change may record (the database's date order): not before the order was
 * placed, a rental's end not before its delivery, a pickup not before the rental's end.
 */
export function earliestDay(order: StaffOrder, status: OrderStatus): EarliestDay {
  let earliest: EarliestDay = { day: todayInKring(new Date(order.placed_at)), because: 'placed' };
  const later = (day: string | null, because: EarliestDay['because']) => {
    if (day && day > earliest.day) earliest = { day, because };
  };
  if (status === 'ended' || status === 'picked_up') later(order.dates.delivered_on, 'delivered');
  if (status === 'picked_up') later(order.dates.rental_ended_on, 'ended');
  return earliest;
}

export interface StatusChangeRules {
  order: StaffOrder;
  /** Today in Dutch time, `YYYY-MM-DD`. */
  today: string;
  /** Writes a day for a message ("do 3 december 2026"). */
  formatDay: (day: string) => string;
}

/** The change form's rules, said before sending, in the staff member's language. */
export function statusChangeSchema(t: T, { order, today, formatDay }: StatusChangeRules) {
  return z
    .object({
      status: z.string().refine((value) => order.next_statuses.includes(value as OrderStatus), {
        message: t('order.change.errors.status'),
      }),
      on_date: z.string().trim(),
      note: z
        .string()
        .trim()
        .max(1000, t('order.change.errors.noteTooLong', { max: 1000 })),
    })
    .superRefine((values, ctx) => {
      const status = values.status as OrderStatus;
      const dated = DATED[status];
      if (!dated || !order.next_statuses.includes(status)) return;
      const day = values.on_date;
      const issue = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['on_date'], message });
      if (!day) return issue(t(`order.change.errors.dateRequired.${status}`));
      if (!ISO_DAY.test(day)) return issue(t('order.change.errors.dateInvalid'));
      if (dated === 'planned' && day < today) return issue(t('order.change.errors.plannedPast'));
      if (dated === 'planned' && day > yearAhead(today)) {
        return issue(t('order.change.errors.plannedTooFar'));
      }
      if (dated === 'happened' && day > today) return issue(t('order.change.errors.future'));
      const earliest = earliestDay(order, status);
      if (day < earliest.day) {
        issue(
          t(`order.change.errors.before.${earliest.because}`, { day: formatDay(earliest.day) }),
        );
      }
    });
}

export type StatusChangeValues = z.input<ReturnType<typeof statusChangeSchema>>;

export const STATUS_CHANGE_FIELDS = ['status', 'on_date', 'note'] as const;

/** The change as the API takes it: a day only with a status that records one. */
export function statusChangeBody(values: StatusChangeValues): OrderStatusChange {
  const status = values.status as OrderStatus;
  return {
    status,
    ...(DATED[status] ? { on_date: values.on_date.trim() } : {}),
    note: values.note.trim(),
  };
}
