import { z } from 'zod';
import type { ShiftCreate, ShiftFunction } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SHIFT_FIELDS = [
  'works_on',
  'starts_at',
  'ends_at',
  'break_minutes',
  'function',
  'worker_name',
  'rate',
  'note',
] as const;

function minutes(time: string): number {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  return hours * 60 + mins;
}

/** The shift's length in minutes: an end at or before the start is on the next day. */
export function shiftMinutes(starts: string, ends: string): number {
  const length = minutes(ends) - minutes(starts);
  return length > 0 ? length : length + 24 * 60;
}

/** The rules the API checks, said before sending; the API checks the project's dates. */
export function shiftSchema(t: T) {
  return z
    .object({
      works_on: z.string().regex(ISO_DAY, t('projects.errors.date')),
      starts_at: z.string().regex(TIME, t('projects.errors.time')),
      ends_at: z.string().regex(TIME, t('projects.errors.time')),
      break_minutes: z.string().regex(/^\d{1,3}$/, t('projects.errors.break')),
      function: z.string().min(1, t('projects.errors.function')),
      worker_name: z
        .string()
        .trim()
        .min(1, t('projects.errors.worker'))
        .max(200, t('projects.errors.tooLong', { max: 200 })),
      rate: z
        .string()
        .refine((value) => value.trim() === '' || /^\d+([.,]\d{1,2})?$/.test(value.trim()), {
          message: t('projects.errors.rate'),
        }),
      note: z
        .string()
        .trim()
        .max(500, t('projects.errors.tooLong', { max: 500 })),
    })
    .superRefine((values, context) => {
      if (!TIME.test(values.starts_at) || !TIME.test(values.ends_at)) return;
      if (values.starts_at === values.ends_at) {
        context.addIssue({ code: 'custom', path: ['ends_at'], message: t('projects.errors.same') });
      } else if (Number(values.break_minutes) >= shiftMinutes(values.starts_at, values.ends_at)) {
        context.addIssue({
          code: 'custom',
          path: ['break_minutes'],
          message: t('projects.errors.breakTooLong'),
        });
      }
    });
}

export type ShiftFormValues = z.input<ReturnType<typeof shiftSchema>>;

export const EMPTY_SHIFT: ShiftFormValues = {
  works_on: '',
  starts_at: '',
  ends_at: '',
  break_minutes: '0',
  function: '',
  worker_name: '',
  rate: '',
  note: '',
};

export function shiftBody(values: ShiftFormValues): ShiftCreate {
  const rate = values.rate.trim().replace(',', '.');
  return {
    works_on: values.works_on,
    starts_at: values.starts_at,
    ends_at: values.ends_at,
    break_minutes: Number(values.break_minutes),
    function: values.function as ShiftFunction,
    worker_name: values.worker_name.trim(),
    hourly_rate_cents: rate ? Math.round(Number(rate) * 100) : null,
    note: values.note.trim() || null,
  };
}
