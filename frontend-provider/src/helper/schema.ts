import {
  addressBody,
  addressForm,
  cellsOfWeek,
  dutchAddressSchema,
  weekOfCells,
  type DutchAddressForm,
} from '@kring/common';
import { z } from 'zod';
import type { HelperProfile, HelperProfileBody } from '../api/helper';
import type { Place } from '../api/profile';
import { addressMessages } from '../address/AddressFields';
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from '../wizard/availability/RadiusField';

export const INTRODUCTION_MAX = 200;
export const PROFILE_TEXT_MAX = 5000;
export const LANGUAGES_MAX = 10;
/** The hourly rate a paid helper may ask, in euros (the API's 100-20000 cents). */
export const RATE_MIN = 1;
export const RATE_MAX = 200;
export const DEFAULT_RADIUS_KM = 5;
export const ACCOUNT_HOLDER_MAX = 200;
// What an IBAN looks like once compact (the API checks its check digits).
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/** "nl91 abna 0417 1643 00" → "NL91ABNA0417164300". */
export function compactIban(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

type T = (key: string, options?: Record<string, unknown>) => string;

export function helperSchema(t: T) {
  return z
    .object({
      introduction: z
        .string()
        .max(INTRODUCTION_MAX, t('wizard.errors.tooLong', { max: INTRODUCTION_MAX })),
      profile_text: z
        .string()
        .max(PROFILE_TEXT_MAX, t('wizard.errors.tooLong', { max: PROFILE_TEXT_MAX })),
      skill_ids: z.array(z.string()),
      languages: z
        .array(z.string())
        .min(1, t('helper.errors.languagesRequired'))
        .max(LANGUAGES_MAX, t('helper.errors.languagesMax', { max: LANGUAGES_MAX })),
      address: dutchAddressSchema(addressMessages(t)),
      work_area: z.enum(['radius', 'places']),
      radius_km: z.union([z.number(), z.string()]),
      places: z.array(z.custom<Place>()),
      day_parts: z.array(z.string()),
      kind: z.enum(['volunteer', 'paid']),
      rate: z.union([z.number(), z.string()]),
      accepting_new: z.boolean(),
      iban: z.string(),
      account_holder: z
        .string()
        .max(ACCOUNT_HOLDER_MAX, t('wizard.errors.tooLong', { max: ACCOUNT_HOLDER_MAX })),
    })
    .superRefine((values, ctx) => {
      const km = Number(values.radius_km);
      if (
        values.work_area === 'radius' &&
        (values.radius_km === '' ||
          !Number.isInteger(km) ||
          km < MIN_RADIUS_KM ||
          km > MAX_RADIUS_KM)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['radius_km'],
          message: t('wizard.availability.radiusRange'),
        });
      }
      if (values.work_area === 'places' && values.places.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['places'],
          message: t('wizard.availability.placesRequired'),
        });
      }
      const euros = Number(values.rate);
      if (
        values.kind === 'paid' &&
        (values.rate === '' || !Number.isFinite(euros) || euros < RATE_MIN || euros > RATE_MAX)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['rate'],
          message: t('helper.errors.rateRange', { min: RATE_MIN, max: RATE_MAX }),
        });
      }
      // The account is optional, but whole: both fields or neither.
      const iban = compactIban(values.iban);
      const holder = values.account_holder.trim();
      if (iban && !IBAN.test(iban)) {
        ctx.addIssue({ code: 'custom', path: ['iban'], message: t('helper.errors.iban') });
      }
      if (!iban && holder) {
        ctx.addIssue({ code: 'custom', path: ['iban'], message: t('helper.errors.ibanRequired') });
      }
      if (iban && !holder) {
        ctx.addIssue({
          code: 'custom',
          path: ['account_holder'],
          message: t('helper.errors.holderRequired'),
        });
      }
    });
}

export type HelperForm = z.input<ReturnType<typeof helperSchema>>;

/** The stored profile as the form's starting values (a new one: a volunteer, 5 km, Dutch). */
export function helperForm(profile: HelperProfile | null, language: string): HelperForm {
  return {
    introduction: profile?.introduction ?? '',
    profile_text: profile?.profile_text ?? '',
    skill_ids: profile?.skill_ids ?? [],
    languages: profile?.languages ?? [language === 'fr' ? 'fr' : 'nl'],
    address: addressForm(profile?.address) as DutchAddressForm,
    work_area: profile?.work_area ?? 'radius',
    radius_km: profile?.radius_km ?? DEFAULT_RADIUS_KM,
    places: profile?.places ?? [],
    day_parts: cellsOfWeek(profile?.day_parts),
    kind: profile?.kind ?? 'volunteer',
    rate: profile?.hourly_rate_cents ? profile.hourly_rate_cents / 100 : '',
    accepting_new: profile?.accepting_new ?? true,
    iban: profile?.bank?.iban ?? '',
    account_holder: profile?.bank?.account_holder ?? '',
  };
}

/** The account fields are shown to a paid helper, and to whoever has an account on file (so a
 * volunteer who was paid can still see and remove it). */
export function showsBank(kind: HelperForm['kind'], profile: HelperProfile | null): boolean {
  return kind === 'paid' || Boolean(profile?.bank);
}

/** The form as the API takes it: the whole profile. The account goes along only when its
 * fields are shown (left out, the API keeps it); both empty removes it. */
export function helperBody(values: HelperForm, withBank = false): HelperProfileBody {
  const paid = values.kind === 'paid';
  const iban = compactIban(values.iban);
  const bank = iban ? { iban, account_holder: values.account_holder.trim() } : null;
  return {
    ...(withBank ? { bank } : {}),
    kind: values.kind,
    hourly_rate_cents: paid ? Math.round(Number(values.rate) * 100) : null,
    accepting_new: values.accepting_new,
    introduction: values.introduction.trim(),
    profile_text: values.profile_text.trim(),
    skill_ids: values.skill_ids,
    languages: values.languages,
    address: addressBody(values.address),
    work_area: values.work_area,
    radius_km: values.work_area === 'radius' ? Number(values.radius_km) : null,
    place_ids: values.work_area === 'places' ? values.places.map((place) => place.id) : [],
    day_parts: weekOfCells(values.day_parts),
  };
}

/** The API's field names as the form's. */
export function renameHelperField(field: string): string {
  if (field.startsWith('place_ids')) return 'places';
  if (field.startsWith('day_parts')) return 'day_parts';
  if (field.startsWith('skill_ids')) return 'skill_ids';
  if (field.startsWith('languages')) return 'languages';
  if (field === 'hourly_rate_cents') return 'rate';
  if (field === 'bank' || field === 'bank.iban') return 'iban';
  if (field === 'bank.account_holder') return 'account_holder';
  return field;
}
