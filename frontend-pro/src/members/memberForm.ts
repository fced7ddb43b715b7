import {
  addressBody,
  addressForm,
  dutchAddressSchema,
  isEmptyAddress,
  LANGUAGES,
  todayInKring,
  type AddressMessages,
} from '@kring/common';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { Member, MemberCreate, MemberUpdate } from '../api/members';

type T = (key: string, options?: Record<string, unknown>) => string;

export const GENDERS = ['female', 'male', 'other'] as const;

const optional = (t: T, max: number) =>
  z.string().trim().max(max, t('member.errors.tooLong', { max }));

function addressMessages(t: T): AddressMessages {
  return {
    streetRequired: t('member.errors.street'),
    houseNumberRequired: t('member.errors.houseNumberRequired'),
    houseNumberInvalid: t('member.errors.houseNumber'),
    additionInvalid: t('member.errors.addition'),
    postcodeInvalid: t('member.errors.postcode'),
    cityRequired: t('member.errors.city'),
    tooLong: (max) => t('member.errors.tooLong', { max }),
  };
}

/** An address the person may leave empty: checked only once something is filled in. */
const looseAddress = z.object({
  street: z.string(),
  house_number: z.string(),
  house_number_addition: z.string(),
  postcode: z.string(),
  city: z.string(),
});

export const ADDRESS_KEYS = ['address', 'postal_address'] as const;
const ADDRESS_PARTS = [
  'street',
  'house_number',
  'house_number_addition',
  'postcode',
  'city',
] as const;

/** A contact person's details and flags, with the API's limits (Careflex's form). */
export function memberDetailsSchema(t: T) {
  return z.object({
    initials: optional(t, 20),
    first_name: optional(t, 100).min(1, t('member.errors.firstNameRequired')),
    prefix: optional(t, 30),
    last_name: optional(t, 100).min(1, t('member.errors.lastNameRequired')),
    birth_date: z
      .string()
      .refine(
        (value) => value === '' || (value >= '1900-01-01' && value <= todayInKring()),
        t('member.errors.birthDate'),
      ),
    gender: z.enum(['', 'female', 'male', 'other']),
    nickname: optional(t, 100),
    address: looseAddress,
    postal_address: looseAddress,
    phone: optional(t, 40),
    mobile: optional(t, 40),
    department: optional(t, 100),
    function_code: z.string(),
    function_on_business_card: optional(t, 100),
    email_services: z.boolean(),
    contact_for_all_projects: z.boolean(),
  });
}

/**
 * The contact-person form: the details and flags, plus the log-in address, the e-mail language
 * and the rights. Only a new contact person fills in the last ones (`newMember`); the other
 * forms show the address read-only and change the rights elsewhere, so they are not checked.
 */
export function memberSchema(t: T, newMember: boolean) {
  const email = z.string().trim();
  const address = dutchAddressSchema(addressMessages(t));
  return memberDetailsSchema(t)
    .extend({
      email: newMember
        ? email.min(1, t('member.errors.emailRequired')).email(t('member.errors.emailInvalid'))
        : email,
      language: z.enum(LANGUAGES),
      portal_admin: z.boolean(),
      portal_employee: z.boolean(),
    })
    .superRefine((values, context) => {
      for (const key of ADDRESS_KEYS) {
        if (isEmptyAddress(values[key])) continue;
        for (const issue of address.safeParse(values[key]).error?.issues ?? []) {
          context.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message });
        }
      }
    });
}

export type MemberFormValues = z.input<ReturnType<typeof memberSchema>>;

/** The form fields in their order on the page (for putting the API's errors on them). */
const ADDRESS_FIELDS = ADDRESS_KEYS.flatMap((key) =>
  ADDRESS_PARTS.map((part) => `${key}.${part}` as const),
);

export const DETAIL_FIELDS = [
  'initials',
  'first_name',
  'prefix',
  'last_name',
  'birth_date',
  'gender',
  'nickname',
  ...ADDRESS_FIELDS,
  'phone',
  'mobile',
  'department',
  'function_code',
  'function_on_business_card',
  'email_services',
  'contact_for_all_projects',
] as const satisfies readonly Path<MemberFormValues>[];

export const NEW_MEMBER_FIELDS = [
  ...DETAIL_FIELDS.slice(0, 6),
  'email',
  ...DETAIL_FIELDS.slice(6),
  'language',
  'portal_admin',
  'portal_employee',
] as const satisfies readonly Path<MemberFormValues>[];

/** Dutch numbers as people write them; others stay in the international form the API keeps. */
function phoneForInput(phone: string | null, formatPhone: (phone: string) => string): string {
  if (!phone) return '';
  return phone.startsWith('+31') ? formatPhone(phone) : phone;
}

/** The form's starting values for an existing contact person. */
export function valuesFromMember(
  member: Member,
  formatPhone: (phone: string) => string,
): MemberFormValues {
  return {
    email: member.email,
    language: 'nl', // not shown: only a new contact person gets a language
    portal_admin: member.portal_admin,
    portal_employee: member.portal_employee,
    initials: member.initials ?? '',
    first_name: member.first_name,
    prefix: member.prefix ?? '',
    last_name: member.last_name ?? '',
    birth_date: member.birth_date ?? '',
    gender: member.gender ?? '',
    nickname: member.nickname ?? '',
    address: addressForm(member.address),
    postal_address: addressForm(member.postal_address),
    phone: phoneForInput(member.phone, formatPhone),
    mobile: phoneForInput(member.mobile, formatPhone),
    department: member.department ?? '',
    function_code: member.function_code === null ? '' : String(member.function_code),
    function_on_business_card: member.function_on_business_card ?? '',
    email_services: member.email_services,
    contact_for_all_projects: member.contact_for_all_projects,
  };
}

export const EMPTY_NEW_MEMBER: Omit<MemberFormValues, 'language'> = {
  initials: '',
  first_name: '',
  prefix: '',
  last_name: '',
  birth_date: '',
  gender: '',
  nickname: '',
  address: addressForm(null),
  postal_address: addressForm(null),
  phone: '',
  mobile: '',
  department: '',
  function_code: '',
  function_on_business_card: '',
  email_services: false,
  contact_for_all_projects: false,
  email: '',
  portal_admin: false,
  portal_employee: true,
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Every detail, as the API takes it (the names and flags are never null). */
type DetailsBody = Required<MemberUpdate> & {
  first_name: string;
  last_name: string;
  email_services: boolean;
  contact_for_all_projects: boolean;
};

/** The details as the API takes them: empty fields become null (cleared). */
export function detailsBody(values: MemberFormValues): DetailsBody {
  return {
    initials: orNull(values.initials),
    first_name: values.first_name.trim(),
    prefix: orNull(values.prefix),
    last_name: values.last_name.trim(),
    birth_date: orNull(values.birth_date),
    gender: values.gender === '' ? null : values.gender,
    nickname: orNull(values.nickname),
    address: isEmptyAddress(values.address) ? null : addressBody(values.address),
    postal_address: isEmptyAddress(values.postal_address)
      ? null
      : addressBody(values.postal_address),
    phone: orNull(values.phone),
    mobile: orNull(values.mobile),
    department: orNull(values.department),
    function_code: values.function_code === '' ? null : Number(values.function_code),
    function_on_business_card: orNull(values.function_on_business_card),
    email_services: values.email_services,
    contact_for_all_projects: values.contact_for_all_projects,
  };
}

/** Only what changed since the form opened, so the API (and its audit trail) sees only that. */
export function changedDetails(before: MemberFormValues, after: MemberFormValues): MemberUpdate {
  const old = detailsBody(before);
  const next = detailsBody(after);
  return Object.fromEntries(
    (Object.keys(next) as (keyof MemberUpdate)[])
      // Addresses are objects: compare what they hold.
      .filter((key) => JSON.stringify(next[key]) !== JSON.stringify(old[key]))
      .map((key) => [key, next[key]]),
  );
}

/** A new contact person as the API takes it. */
export function newMemberBody(values: MemberFormValues): MemberCreate {
  return {
    ...detailsBody(values),
    email: values.email.trim(),
    language: values.language,
    portal_admin: values.portal_admin,
    portal_employee: values.portal_employee,
  };
}
