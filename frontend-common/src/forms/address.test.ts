import { describe, expect, it } from 'vitest';
import {
  addressBody,
  addressForm,
  dutchAddressSchema,
  EMPTY_ADDRESS,
  isEmptyAddress,
  normalisePostcode,
} from './address';

const messages = {
  streetRequired: 'street',
  houseNumberRequired: 'number required',
  houseNumberInvalid: 'number',
  additionInvalid: 'addition',
  postcodeInvalid: 'postcode',
  cityRequired: 'city',
  tooLong: (max: number) => `max ${max}`,
};

const HOME = {
  street: 'Voorstraat',
  house_number: '12',
  house_number_addition: '',
  postcode: '3441ce',
  city: 'Woerden',
};

describe('a Dutch address in a form', () => {
  it('is checked as the API checks it', () => {
    const schema = dutchAddressSchema(messages);
    expect(schema.safeParse(HOME).success).toBe(true);
    const refused = (change: Partial<typeof HOME>) =>
      schema.safeParse({ ...HOME, ...change }).error?.issues.map((issue) => issue.message);
    expect(refused({ house_number: '12a' })).toEqual(['number']);
    expect(refused({ house_number: '0' })).toEqual(['number']);
    expect(refused({ house_number: '123456' })).toEqual(['number']);
    expect(refused({ house_number_addition: '2 hoog' })).toBeUndefined();
    expect(refused({ house_number_addition: 'a/b' })).toEqual(['addition']);
    expect(refused({ house_number_addition: 'abcdefghijk' })).toEqual(['max 10']);
    expect(refused({ postcode: '1234 SA' })).toEqual(['postcode']);
    expect(refused({ street: ' ' })).toEqual(['street']);
  });

  it('goes to the API written the way it keeps it, and comes back', () => {
    expect(normalisePostcode(' 3441ce ')).toBe('3441 CE');
    expect(addressBody({ ...HOME, house_number_addition: ' ' })).toEqual({
      ...HOME,
      house_number_addition: null,
      postcode: '3441 CE',
    });
    expect(addressForm({ ...HOME, house_number_addition: null })).toEqual(HOME);
    expect(addressForm(null)).toEqual(EMPTY_ADDRESS);
    expect(isEmptyAddress(EMPTY_ADDRESS)).toBe(true);
    expect(isEmptyAddress({ ...EMPTY_ADDRESS, city: 'Woerden' })).toBe(false);
  });
});
