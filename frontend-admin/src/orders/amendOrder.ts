import { z } from 'zod';
import type { OrderAmend } from '../api/orderSigning';
import type { OrderStatus, StaffOrder } from '../api/orders';

type T = (key: string, options?: Record<string, unknown>) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const AMEND_FIELDS = [
  'desired_date',
  'contact_name',
  'contact_phone',
  'description',
  'notes',
] as const;

export type AmendField = (typeof AMEND_FIELDS)[number];

/** The statuses after which nothing follows: such an order is done and no longer amended. */
const FINAL: readonly OrderStatus[] = ['repaired', 'adjusted', 'picked_up'];

export function isDone(order: StaffOrder): boolean {
  return FINAL.includes(order.status);
}

/** A repair or an adjustment says what is to be done; other orders have no description. */
export function hasDescription(order: StaffOrder): boolean {
  return order.kind === 'repair' || order.kind === 'adjustment';
}

/** A Wlz order with a signature in force: a change supersedes it. */
export function isSignedWlz(order: StaffOrder): boolean {
  return Boolean(order.signing?.signatures.some((signature) => !signature.superseded_at));
}

/** The form's rules, said before sending (the API checks the phone number itself). */
export function amendSchema(t: T, order: StaffOrder) {
  const describe = hasDescription(order);
  return z.object({
    desired_date: z
      .string()
      .trim()
      .min(1, t('order.amend.errors.dateRequired'))
      .regex(ISO_DAY, t('order.amend.errors.dateInvalid')),
    contact_name: z
      .string()
      .trim()
      .min(1, t('order.amend.errors.contactName'))
      .max(200, t('order.amend.errors.tooLong', { max: 200 })),
    contact_phone: z
      .string()
      .trim()
      .min(1, t('order.amend.errors.contactPhone'))
      .max(30, t('order.amend.errors.tooLong', { max: 30 })),
    description: describe
      ? z
          .string()
          .trim()
          .min(1, t('order.amend.errors.description'))
          .max(1000, t('order.amend.errors.tooLong', { max: 1000 }))
      : z.string(),
    notes: z
      .string()
      .trim()
      .max(1000, t('order.amend.errors.tooLong', { max: 1000 })),
  });
}

export type AmendValues = z.input<ReturnType<typeof amendSchema>>;

/** The order as the form starts from. */
export function amendFormValues(order: StaffOrder): AmendValues {
  return {
    desired_date: order.desired_date,
    contact_name: order.contact.name,
    contact_phone: order.contact.phone,
    description: order.description ?? '',
    notes: order.notes,
  };
}

/** Only what changed, trimmed, as the API takes it: an unchanged field is not sent. */
export function amendBody(values: AmendValues, order: StaffOrder): OrderAmend {
  const before = amendFormValues(order);
  const body: OrderAmend = {};
  for (const field of AMEND_FIELDS) {
    if (field === 'description' && !hasDescription(order)) continue;
    const value = values[field].trim();
    if (value !== before[field].trim()) body[field] = value;
  }
  return body;
}
