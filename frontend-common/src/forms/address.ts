import { z } from 'zod';

/** Four digits and two letters, with or without a space; SA, SD and SS are not used. */
export const DUTCH_POSTCODE = /^([1-9]\d{3})\s?(?![sS][aAdDsS])([A-Za-z]{2})$/;
/** A house number is a number (1-99999); a letter or anything else is the addition. */
export const HOUSE_NUMBER = /^[1-9]\d{0,4}$/;
/** The addition ("toevoeging"): letters and digits, words apart by a space or hyphen. */
export const HOUSE_NUMBER_ADDITION = /^[A-Za-z0-9]+([ -][A-Za-z0-9]+)*$/;
export const ADDITION_MAX = 10;

/** "3511ab" → "3511 AB", as the API stores it. */
export function normalisePostcode(postcode: string): string {
  const match = DUTCH_POSTCODE.exec(postcode.trim());
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : postcode.trim();
}

/** The messages of the address fields, in the portal's words. */
export interface AddressMessages {
  streetRequired: string;
  houseNumberRequired: string;
  houseNumberInvalid: string;
  additionInvalid: string;
  postcodeInvalid: string;
  cityRequired: string;
  tooLong: (max: number) => string;
}

/** A Dutch address as a form holds it (strings, the addition empty when there is none). */
export function dutchAddressSchema(messages: AddressMessages) {
  const required = (message: string, max: number) =>
    z.string().trim().min(1, message).max(max, messages.tooLong(max));
  return z.object({
    street: required(messages.streetRequired, 200),
    house_number: z
      .string()
      .trim()
      .min(1, messages.houseNumberRequired)
      .regex(HOUSE_NUMBER, messages.houseNumberInvalid),
    house_number_addition: z
      .string()
      .trim()
      .max(ADDITION_MAX, messages.tooLong(ADDITION_MAX))
      .refine((value) => value === '' || HOUSE_NUMBER_ADDITION.test(value), {
        message: messages.additionInvalid,
      }),
    postcode: z.string().trim().regex(DUTCH_POSTCODE, messages.postcodeInvalid),
    city: required(messages.cityRequired, 100),
  });
}

export type DutchAddressForm = z.input<ReturnType<typeof dutchAddressSchema>>;

export const EMPTY_ADDRESS: DutchAddressForm = {
  street: '',
  house_number: '',
  house_number_addition: '',
  postcode: '',
  city: '',
};

/** A stored address as the form's starting values (empty fields without one). */
export function addressForm(
  address:
    | {
        street: string;
        house_number: string;
        house_number_addition: string | null;
        postcode: string;
        city: string;
      }
    | null
    | undefined,
): DutchAddressForm {
  if (!address) return EMPTY_ADDRESS;
  return { ...address, house_number_addition: address.house_number_addition ?? '' };
}

/** The form's address as the API takes it: postcode written `1234 AB`, no empty addition. */
export function addressBody(values: DutchAddressForm) {
  return {
    street: values.street.trim(),
    house_number: values.house_number.trim(),
    house_number_addition: values.house_number_addition.trim() || null,
    postcode: normalisePostcode(values.postcode),
    city: values.city.trim(),
  };
}

/** Nothing filled in: no address at all. */
export function isEmptyAddress(values: DutchAddressForm): boolean {
  return Object.values(values).every((value) => value.trim() === '');
}
