import {
  addressBody,
  dutchAddressSchema,
  EMPTY_ADDRESS,
  type AddressMessages,
  type DutchAddressForm,
} from '@kring/common';
import { z } from 'zod';
import {
  TEXT_MAX,
  type Device,
  type OrderCreate,
  type OrderKind,
  type OrderingOrganisation,
} from '../api/orders';

type T = (key: string, options?: Record<string, unknown>) => string;

export type FollowUpKind = Exclude<OrderKind, 'rental'>;
export const FOLLOW_UP_KINDS = ['repair', 'adjustment', 'pickup'] as const satisfies FollowUpKind[];

/** Digits, spaces, brackets and dashes, an optional + in front: the API checks it fully. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;
const NAME_MAX = 200;
const PHONE_MAX = 30;
/** The API takes a desired date from today to this many days ahead. */
export const AHEAD_DAYS = 365;

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last desired date the API takes. */
export function latestDesiredDate(today: string): string {
  return addDays(today, AHEAD_DAYS);
}

/** The API names a field without the kind (`client.name`); should it ever add it, drop it. */
export function withoutKind(field: string): string {
  return field.replace(/^(rental|repair|adjustment|pickup)\./, '');
}

function addressMessages(t: T): AddressMessages {
  return {
    streetRequired: t('orders.errors.street'),
    houseNumberRequired: t('orders.errors.houseNumberRequired'),
    houseNumberInvalid: t('orders.errors.houseNumber'),
    additionInvalid: t('orders.errors.addition'),
    postcodeInvalid: t('orders.errors.postcode'),
    cityRequired: t('orders.errors.city'),
    tooLong: (max) => t('orders.errors.tooLong', { max }),
  };
}

const text = (t: T, max: number, required?: string) => {
  const base = z.string().trim();
  return (required ? base.min(1, required) : base).max(max, t('orders.errors.tooLong', { max }));
};

/** The contact on site, the desired date (today or later) and notes: every kind has them. */
function commonFields(t: T, today: string) {
  return {
    contact: z.object({
      name: text(t, NAME_MAX, t('orders.errors.contactName')),
      phone: text(t, PHONE_MAX, t('orders.errors.contactPhone')).regex(
        PHONE,
        t('orders.errors.phone'),
      ),
    }),
    desired_date: z
      .string()
      .min(1, t('orders.errors.desiredDate'))
      .refine((value) => value >= today, t('orders.errors.desiredDatePast'))
      .refine((value) => value <= latestDesiredDate(today), t('orders.errors.desiredDateFar')),
    notes: text(t, TEXT_MAX),
  };
}

/** What the AD rule refuses for a choice of organisation, device and option. */
export interface AdRule {
  /** The organisation (by id) has an AD contract. */
  hasContract: (organisationId: string) => boolean;
  devices: readonly Device[];
  /** "Your organisation has no AD contract: call your branch <phone>" for that organisation. */
  message: (organisationId: string) => string;
}

/** A device of the AD category, or marked so, needs the AD contract (as the API decides). */
export function deviceNeedsContract(device: Pick<Device, 'category' | 'needs_ad_contract'>) {
  return device.needs_ad_contract || device.category === 'AD';
}

/** Which of the device and its option need the AD contract. */
export function adNeeds(devices: readonly Device[], deviceId: string, optionId: string) {
  const device = devices.find((candidate) => candidate.id === deviceId);
  const option = device?.options.find((candidate) => candidate.id === optionId);
  return {
    device: device ? deviceNeedsContract(device) : false,
    option: option?.needs_ad_contract ?? false,
  };
}

/**
 * A rental (delivery of a device) as the form holds it: the client, where to deliver, who is
 * there, the Wlz indication, the device and its option, when, and notes. The delivery address is
 * checked only when it is not the client's; an AD device or option is refused without the
 * organisation's AD contract, as the API does.
 */
export function rentalSchema(t: T, today: string, ad: AdRule) {
  const address = dutchAddressSchema(addressMessages(t));
  return z
    .object({
      organisation_id: z.string().min(1, t('orders.errors.organisation')),
      client: z.object({
        name: text(t, NAME_MAX, t('orders.errors.clientName')),
        birth_date: z
          .string()
          .min(1, t('orders.errors.birthDateRequired'))
          .refine((value) => value >= '1900-01-01' && value <= today, t('orders.errors.birthDate')),
        address,
      }),
      same_address: z.boolean(),
      delivery_address: z.object({
        street: z.string(),
        house_number: z.string(),
        house_number_addition: z.string(),
        postcode: z.string(),
        city: z.string(),
      }),
      wlz_indication: z
        .string()
        .refine((value) => value === 'yes' || value === 'no', t('orders.errors.wlz')),
      device_id: z.string().min(1, t('orders.errors.device')),
      option_id: z.string(),
      ...commonFields(t, today),
    })
    .superRefine((values, context) => {
      if (!values.same_address) {
        for (const issue of address.safeParse(values.delivery_address).error?.issues ?? []) {
          context.addIssue({
            code: 'custom',
            path: ['delivery_address', ...issue.path],
            message: issue.message,
          });
        }
      }
      if (!values.organisation_id || ad.hasContract(values.organisation_id)) return;
      const needs = adNeeds(ad.devices, values.device_id, values.option_id);
      const message = ad.message(values.organisation_id);
      if (needs.device) context.addIssue({ code: 'custom', path: ['device_id'], message });
      else if (needs.option) context.addIssue({ code: 'custom', path: ['option_id'], message });
    });
}

export type RentalFormValues = z.input<ReturnType<typeof rentalSchema>>;

const ADDRESS_FIELDS = [
  'street',
  'house_number',
  'house_number_addition',
  'postcode',
  'city',
] as const satisfies readonly (keyof DutchAddressForm)[];

/** The rental form's fields in their order on the page (for the API's errors and the summary). */
export const RENTAL_FIELDS = [
  'organisation_id',
  'client.name',
  'client.birth_date',
  ...ADDRESS_FIELDS.map((field) => `client.address.${field}` as const),
  ...ADDRESS_FIELDS.map((field) => `delivery_address.${field}` as const),
  'contact.name',
  'contact.phone',
  'wlz_indication',
  'device_id',
  'option_id',
  'desired_date',
  'notes',
] as const;

/** An empty rental form for `organisationId`. */
export function emptyRental(organisationId: string): RentalFormValues {
  return {
    organisation_id: organisationId,
    client: { name: '', birth_date: '', address: EMPTY_ADDRESS },
    same_address: true,
    delivery_address: EMPTY_ADDRESS,
    contact: { name: '', phone: '' },
    wlz_indication: '',
    device_id: '',
    option_id: '',
    desired_date: '',
    notes: '',
  };
}

/** The rental as the API takes it. */
export function rentalBody(values: RentalFormValues): OrderCreate {
  return {
    kind: 'rental',
    organisation_id: values.organisation_id,
    client: {
      name: values.client.name.trim(),
      birth_date: values.client.birth_date,
      address: addressBody(values.client.address),
    },
    delivery_address: values.same_address ? null : addressBody(values.delivery_address),
    contact: { name: values.contact.name.trim(), phone: values.contact.phone.trim() },
    wlz_indication: values.wlz_indication === 'yes',
    device_id: values.device_id,
    option_id: values.option_id || null,
    desired_date: values.desired_date,
    notes: values.notes.trim(),
  };
}

/**
 * A repair, adjustment or pickup of a rental outstanding: which rental, what is wrong or wanted
 * (required for a repair and an adjustment), who is there, when, and notes.
 */
export function followUpSchema(t: T, today: string, kind: FollowUpKind) {
  const description = text(
    t,
    TEXT_MAX,
    kind === 'pickup' ? undefined : t(`orders.errors.description.${kind}`),
  );
  return z.object({
    rental_order_id: z.string().min(1, t('orders.errors.rental')),
    description,
    ...commonFields(t, today),
  });
}

export type FollowUpFormValues = z.input<ReturnType<typeof followUpSchema>>;

export const FOLLOW_UP_FIELDS = [
  'rental_order_id',
  'description',
  'contact.name',
  'contact.phone',
  'desired_date',
  'notes',
] as const;

export function emptyFollowUp(rentalOrderId: string): FollowUpFormValues {
  return {
    rental_order_id: rentalOrderId,
    description: '',
    contact: { name: '', phone: '' },
    desired_date: '',
    notes: '',
  };
}

/** A follow-up as the API takes it (client, addresses and organisation come from the rental). */
export function followUpBody(kind: FollowUpKind, values: FollowUpFormValues): OrderCreate {
  const common = {
    rental_order_id: values.rental_order_id,
    contact: { name: values.contact.name.trim(), phone: values.contact.phone.trim() },
    desired_date: values.desired_date,
    notes: values.notes.trim(),
  };
  const description = values.description.trim();
  if (kind === 'pickup') return { kind, ...common, description: description || null };
  return { kind, ...common, description };
}

/** The organisations a request may be placed for, the one I act for first. */
export function orderableOrganisations(
  list: readonly OrderingOrganisation[],
  activeId: string,
): OrderingOrganisation[] {
  const allowed = list.filter((item) => item.may_order);
  return [
    ...allowed.filter((item) => item.organisation_id === activeId),
    ...allowed.filter((item) => item.organisation_id !== activeId),
  ];
}

/** An input's id from its field path: `client.address.postcode` → `order-client-address-postcode`. */
export function orderFieldId(field: string): string {
  return `order-${field.replace(/[._]/g, '-')}`;
}
