import { DUTCH_POSTCODE, normalisePostcode } from '@kring/common';
import { z } from 'zod';
import type {
  Country,
  Organisation,
  OrganisationCreate,
  OrganisationKind,
  OrganisationUpdate,
} from '../api/organisations';

type T = (key: string, options?: Record<string, unknown>) => string;

const ADDRESS_PARTS = ['street', 'house_number', 'postcode', 'city'] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];
export const ADDRESSES = ['visiting_address', 'postal_address'] as const;
type AddressField = (typeof ADDRESSES)[number];

/** A web address on https, with a host and no spaces. */
const HTTPS_ADDRESS = /^https:\/\/[^\s/?#]+\S*$/;

/** A Belgian postcode: four digits, the first not a zero. */
const BELGIAN_POSTCODE = /^[1-9]\d{3}$/;

/** A KvK number: 8 digits (spaces and dots allowed in between, as it is often written). */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value.replace(/[\s.]/g, ''));
}

/** A Belgian enterprise number: 10 digits whose last two are 97 less the first eight mod 97. */
export function isEnterpriseNumber(value: string): boolean {
  const digits = value.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** The rules the API checks, said before sending, in the staff member's language. */
export function organisationSchema(t: T) {
  const text = (max: number) =>
    z.string().trim().max(max, t('organisationForm.errors.tooLong', { max }));
  const address = z.object({
    street: text(200),
    house_number: text(20),
    postcode: text(8),
    city: text(100),
  });
  return z
    .object({
      name: text(200).min(1, t('organisationForm.errors.name')),
      kind: z.string().min(1, t('organisationForm.errors.kind')),
      country: z.enum(['NL', 'BE']),
      registration_number: text(20),
      visiting_address: address,
      postal_address: address,
      phone: text(30),
      email: z
        .string()
        .trim()
        .refine((value) => value === '' || z.email().safeParse(value).success, {
          message: t('organisationForm.errors.email'),
        }),
      ad_contract: z.boolean(),
      supplier_branch_id: z.string().nullable(),
      opening_hours: text(500),
      // A supplier branch's training offer: an https address (the API and database check it too).
      training_url: text(500).refine((value) => value === '' || HTTPS_ADDRESS.test(value), {
        message: t('correspondence.trainingField.https'),
      }),
    })
    .superRefine((values, ctx) => {
      const number = values.registration_number;
      if (number && values.country === 'NL' && !isKvkNumber(number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['registration_number'],
          message: t('organisationForm.errors.kvk'),
        });
      }
      if (number && values.country === 'BE' && !isEnterpriseNumber(number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['registration_number'],
          message: t('organisationForm.errors.enterprise'),
        });
      }
      for (const field of ADDRESSES) {
        const parts = values[field];
        // An address is all four parts or none.
        if (ADDRESS_PARTS.every((part) => parts[part] === '')) continue;
        for (const part of ADDRESS_PARTS) {
          if (parts[part] === '') {
            ctx.addIssue({
              code: 'custom',
              path: [field, part],
              message: t(`organisationForm.errors.${part}`),
            });
          }
        }
        const postcode = parts.postcode;
        const valid =
          values.country === 'NL' ? DUTCH_POSTCODE.test(postcode) : BELGIAN_POSTCODE.test(postcode);
        if (postcode && !valid) {
          ctx.addIssue({
            code: 'custom',
            path: [field, 'postcode'],
            message: t(`organisationForm.errors.postcode${values.country}`),
          });
        }
      }
    });
}

export type OrganisationFormValues = z.input<ReturnType<typeof organisationSchema>>;

/** Every field of the form, as react-hook-form and the API's field errors name them. */
export const ORGANISATION_FIELDS = [
  'name',
  'kind',
  'country',
  'registration_number',
  ...ADDRESSES.flatMap((field) => ADDRESS_PARTS.map((part) => `${field}.${part}` as const)),
  'phone',
  'email',
  'ad_contract',
  'supplier_branch_id',
  'opening_hours',
  'training_url',
] as const satisfies readonly string[];

const EMPTY_ADDRESS: Record<AddressPart, string> = {
  street: '',
  house_number: '',
  postcode: '',
  city: '',
};

/** The form's starting values: empty for a new organisation, else the stored ones. */
export function organisationFormValues(organisation?: Organisation): OrganisationFormValues {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    country: organisation?.country ?? 'NL',
    registration_number: organisation?.registration_number ?? '',
    visiting_address: organisation?.visiting_address ?? EMPTY_ADDRESS,
    postal_address: organisation?.postal_address ?? EMPTY_ADDRESS,
    phone: organisation?.phone ?? '',
    email: organisation?.email ?? '',
    ad_contract: organisation?.ad_contract ?? false,
    // The API reads back the branch's contact card, not its id: none chosen is "unchanged".
    supplier_branch_id: null,
    opening_hours: '',
    training_url: organisation?.training_url ?? '',
  };
}

function addressBody(parts: Record<AddressPart, string>, country: Country) {
  if (ADDRESS_PARTS.every((part) => parts[part] === '')) return null;
  return {
    ...parts,
    postcode: country === 'NL' ? normalisePostcode(parts.postcode) : parts.postcode,
  };
}

/** A new organisation as the API takes it: what is empty is left out (null). */
export function createBody(values: OrganisationFormValues): OrganisationCreate {
  const optional = (value: string) => value.trim() || null;
  const branchless = values.kind === 'supplier_branch';
  return {
    name: values.name.trim(),
    kind: values.kind as OrganisationKind,
    country: values.country,
    registration_number: optional(values.registration_number),
    visiting_address: addressBody(values.visiting_address, values.country),
    postal_address: addressBody(values.postal_address, values.country),
    phone: optional(values.phone),
    email: optional(values.email),
    ad_contract: values.ad_contract,
    supplier_branch_id: branchless ? null : values.supplier_branch_id,
    opening_hours: branchless ? optional(values.opening_hours) : null,
    training_url: branchless ? optional(values.training_url) : null,
  };
}

/**
 * A change as the API takes it: only the fields the staff member changed (an address whole);
 * a changed country sends the addresses again, as their postcodes are checked for it.
 */
export function updateBody(
  values: OrganisationFormValues,
  dirty: Partial<Record<keyof OrganisationFormValues, unknown>>,
): OrganisationUpdate {
  const all = createBody(values);
  const body: OrganisationUpdate = {};
  const changed = (field: keyof OrganisationFormValues) =>
    Boolean(dirty[field]) ||
    (dirty.country !== undefined && (ADDRESSES as readonly string[]).includes(field));
  for (const field of Object.keys(all) as (keyof OrganisationCreate)[]) {
    if (field === 'supplier_branch_id' && all.supplier_branch_id === null) continue;
    if (changed(field)) Object.assign(body, { [field]: all[field] });
  }
  return body;
}

export type { AddressField };
