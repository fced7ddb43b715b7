import { dutchAddressSchema, type AddressMessages } from '@kring/common';
import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

export const HELP_TEXT_MAX = 2000;
export const SKILLS_MAX = 30;
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;
/** Loosely: two letters, two digits and 11 to 30 letters or digits; the API checks it fully. */
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/** "nl91 abna 0417 1643 00" → "NL91ABNA0417164300". */
export function compactIban(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

function addressMessages(t: T): AddressMessages {
  return {
    streetRequired: t('dossiers.wizard.address.streetRequired'),
    houseNumberRequired: t('dossiers.wizard.address.houseNumberRequired'),
    houseNumberInvalid: t('dossiers.wizard.address.houseNumberInvalid'),
    additionInvalid: t('dossiers.wizard.address.additionInvalid'),
    postcodeInvalid: t('dossiers.wizard.address.postcodeInvalid'),
    cityRequired: t('dossiers.wizard.address.cityRequired'),
    tooLong: (max) => t('dossiers.wizard.tooLong', { max }),
  };
}

const text = (t: T, required: string | null, max: number) => {
  const base = z.string().trim();
  return (required ? base.min(1, required) : base).max(max, t('dossiers.wizard.tooLong', { max }));
};

/** Who needs help, as `WhoStep` / `DossierCreate` ask it. */
export function whoSchema(t: T, thisYear: number) {
  return z.object({
    first_name: text(t, t('dossiers.wizard.who.errors.firstName'), 100),
    name_prefix: text(t, null, 30),
    last_name: text(t, t('dossiers.wizard.who.errors.lastName'), 100),
    birth_year: z
      .string()
      .trim()
      .refine(
        (value) => /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= thisYear,
        t('dossiers.wizard.who.errors.birthYear', { max: thisYear }),
      ),
    address: dutchAddressSchema(addressMessages(t)),
    languages: z.array(z.string()).min(1, t('dossiers.wizard.who.errors.languages')).max(10),
    phone: z
      .string()
      .trim()
      .min(1, t('dossiers.wizard.who.errors.phoneRequired'))
      .regex(PHONE, t('dossiers.wizard.who.errors.phone')),
    email: z
      .string()
      .trim()
      .refine(
        (value) => value === '' || z.email().safeParse(value).success,
        t('dossiers.wizard.who.errors.email'),
      ),
  });
}
export type WhoInput = z.input<ReturnType<typeof whoSchema>>;

export function helpSchema(t: T) {
  return z.object({
    skill_ids: z
      .array(z.string())
      .min(1, t('dossiers.wizard.help.errors.skills'))
      .max(SKILLS_MAX, t('dossiers.wizard.help.errors.skillsMax')),
    text: text(t, null, HELP_TEXT_MAX),
  });
}
export type HelpInput = z.input<ReturnType<typeof helpSchema>>;

export const HOW_OFTEN = [
  'once',
  'weekly',
  'several_times_a_week',
  'every_two_weeks',
  'monthly',
] as const;

export function whenSchema(t: T) {
  return z.object({
    day_parts: z.array(z.string()).min(1, t('dossiers.wizard.when.errors.dayParts')),
    how_often: z
      .string()
      .refine(
        (value) => (HOW_OFTEN as readonly string[]).includes(value),
        t('dossiers.wizard.when.errors.howOften'),
      ),
    starts_on: z
      .string()
      .refine(
        (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
        t('dossiers.wizard.when.errors.startsOn'),
      ),
  });
}
export type WhenInput = z.input<ReturnType<typeof whenSchema>>;

export function bankSchema(t: T) {
  return z.object({
    iban: z
      .string()
      .min(1, t('dossiers.wizard.bank.errors.ibanRequired'))
      .refine((value) => IBAN.test(compactIban(value)), t('dossiers.wizard.bank.errors.iban')),
    account_holder: text(t, t('dossiers.wizard.bank.errors.holder'), 200),
  });
}
export type BankInput = z.input<ReturnType<typeof bankSchema>>;

export function termsSchema(t: T) {
  return z.object({
    terms: z.boolean().refine(Boolean, t('dossiers.wizard.terms.errors.terms')),
    privacy: z.boolean().refine(Boolean, t('dossiers.wizard.terms.errors.privacy')),
  });
}
export type TermsInput = z.input<ReturnType<typeof termsSchema>>;
