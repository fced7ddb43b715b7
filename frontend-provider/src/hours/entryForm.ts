import { z } from 'zod';
import {
  NOTE_MAX,
  type Entry,
  type EntryCreate,
  type EntryUpdate,
  type HoursEngagement,
  type HoursStart,
} from '../api/hours';
import { clock, isDay, minutesOf, usualTimes } from './days';

/** The longest break and the longest day the API takes, in minutes. */
export const BREAK_MAX = 600;
export const DAY_MINUTES = 24 * 60;

type T = (key: string, options?: Record<string, unknown>) => string;

/** How the form is used: new hours, or one entry changed, fixed (rejected) or corrected. */
export type EntryMode = { kind: 'new' } | { kind: 'change' | 'fix' | 'correct'; entry: Entry };

export interface EntryFormValues {
  engagement_id: string;
  work_date: string;
  /** A duration instead of a start and an end. */
  by_duration: boolean;
  starts_at: string;
  ends_at: string;
  // Number fields give '' while empty.
  break_minutes: number | string;
  duration_hours: number | string;
  duration_minutes: number | string;
  note: string;
}

/** The form's fields, in the order they are shown (the API's refusals land on these). */
export const ENTRY_FIELDS = [
  'engagement_id',
  'work_date',
  'starts_at',
  'ends_at',
  'break_minutes',
  'duration_hours',
  'duration_minutes',
  'note',
] as const;

const whole = (value: number | string) =>
  value === '' ? null : Number.isInteger(Number(value)) ? Number(value) : null;

/** The worked minutes the values say, or `null` while they say nothing sensible. */
export function workedMinutes(values: Partial<EntryFormValues>): number | null {
  if (values.by_duration) {
    const hours = whole(values.duration_hours ?? '') ?? 0;
    const minutes = whole(values.duration_minutes ?? '') ?? 0;
    const total = hours * 60 + minutes;
    return total > 0 ? total : null;
  }
  const start = minutesOf(values.starts_at ?? '');
  const end = minutesOf(values.ends_at ?? '');
  if (start === null || end === null || end <= start) return null;
  const worked = end - start - (whole(values.break_minutes ?? 0) ?? 0);
  return worked > 0 ? worked : null;
}

export function entrySchema(t: T, today: string) {
  return z
    .object({
      engagement_id: z.string().min(1, t('hours.form.errors.engagement')),
      work_date: z
        .string()
        .refine(isDay, t('hours.form.errors.date'))
        .refine((day) => day <= today, t('hours.form.errors.future')),
      by_duration: z.boolean(),
      starts_at: z.string(),
      ends_at: z.string(),
      break_minutes: z.union([z.number(), z.string()]),
      duration_hours: z.union([z.number(), z.string()]),
      duration_minutes: z.union([z.number(), z.string()]),
      note: z.string().max(NOTE_MAX, t('hours.form.errors.noteTooLong', { max: NOTE_MAX })),
    })
    .superRefine((values, ctx) => {
      const issue = (path: keyof EntryFormValues, key: string, options?: Record<string, unknown>) =>
        ctx.addIssue({ code: 'custom', path: [path], message: t(key, options) });
      if (values.by_duration) {
        const hours = whole(values.duration_hours);
        const minutes = whole(values.duration_minutes);
        if (values.duration_hours !== '' && (hours === null || hours < 0 || hours > 24)) {
          issue('duration_hours', 'hours.form.errors.hours');
        } else if (
          values.duration_minutes !== '' &&
          (minutes === null || minutes < 0 || minutes > 59)
        ) {
          issue('duration_minutes', 'hours.form.errors.minutes');
        } else {
          const total = (hours ?? 0) * 60 + (minutes ?? 0);
          if (total < 1) issue('duration_hours', 'hours.form.errors.durationRequired');
          else if (total > DAY_MINUTES) issue('duration_hours', 'hours.form.errors.dayTooLong');
        }
        return;
      }
      const start = minutesOf(values.starts_at);
      const end = minutesOf(values.ends_at);
      if (start === null) issue('starts_at', 'hours.form.errors.start');
      if (end === null) issue('ends_at', 'hours.form.errors.end');
      if (start === null || end === null) return;
      if (end <= start) {
        issue('ends_at', 'hours.form.errors.endBeforeStart');
        return;
      }
      const pause = whole(values.break_minutes);
      if (values.break_minutes !== '' && (pause === null || pause < 0 || pause > BREAK_MAX)) {
        issue('break_minutes', 'hours.form.errors.break', { max: BREAK_MAX });
      } else if ((pause ?? 0) >= end - start) {
        issue('break_minutes', 'hours.form.errors.breakTooLong');
      }
    });
}

/** The engagement the quick entry starts with: the one logged for last, else the first. */
export function firstEngagement(start: HoursStart): HoursEngagement | undefined {
  return (
    start.engagements.find((engagement) => engagement.id === start.last_engagement_id) ??
    start.engagements.find((engagement) => engagement.status === 'active') ??
    start.engagements[0]
  );
}

/**
 * The times to fill in for a day: the engagement's usual times on that weekday, else its usual
 * times on another day (a swapped day is often the same hours), else none.
 */
export function prefilledTimes(
  engagement: HoursEngagement | undefined,
  day: string,
): { starts_at: string; ends_at: string } {
  const own = usualTimes(engagement, day);
  if (own) return own;
  const any = engagement ? Object.values(engagement.usual_times)[0] : undefined;
  return any
    ? { starts_at: clock(any.starts_at), ends_at: clock(any.ends_at) }
    : { starts_at: '', ends_at: '' };
}

/** The form's starting values: new hours for today, or the entry as it is. */
export function entryFormValues(
  start: HoursStart,
  mode: EntryMode,
  engagementId?: string,
): EntryFormValues {
  if (mode.kind === 'new') {
    const engagement =
      start.engagements.find((each) => each.id === engagementId) ?? firstEngagement(start);
    return {
      engagement_id: engagement?.id ?? '',
      work_date: start.today,
      by_duration: false,
      ...prefilledTimes(engagement, start.today),
      break_minutes: 0,
      duration_hours: '',
      duration_minutes: '',
      note: '',
    };
  }
  const { entry } = mode;
  const byDuration = entry.starts_at === null;
  return {
    engagement_id: entry.engagement_id,
    work_date: entry.work_date,
    by_duration: byDuration,
    starts_at: clock(entry.starts_at),
    ends_at: clock(entry.ends_at),
    break_minutes: entry.break_minutes,
    duration_hours: byDuration ? Math.floor(entry.minutes / 60) : '',
    duration_minutes: byDuration ? entry.minutes % 60 : '',
    note: entry.note,
  };
}

/** The values as the API takes them: a start and an end with a break, or a duration. */
export function entryBody(values: EntryFormValues): EntryUpdate {
  const base = { work_date: values.work_date, note: values.note.trim() };
  if (values.by_duration) {
    return {
      ...base,
      starts_at: null,
      ends_at: null,
      break_minutes: 0,
      minutes: workedMinutes(values) ?? 0,
    };
  }
  return {
    ...base,
    starts_at: values.starts_at,
    ends_at: values.ends_at,
    break_minutes: whole(values.break_minutes) ?? 0,
    minutes: null,
  };
}

export function newEntryBody(values: EntryFormValues): EntryCreate {
  return { ...entryBody(values), engagement_id: values.engagement_id };
}

/**
 * Where the API's refusal of `minutes` goes: on the duration when one was given, else on the
 * end (a start and an end that make the day longer than 24 hours).
 */
export function renameEntryField(byDuration: boolean) {
  return (field: string) =>
    field === 'minutes' ? (byDuration ? 'duration_hours' : 'ends_at') : field;
}
