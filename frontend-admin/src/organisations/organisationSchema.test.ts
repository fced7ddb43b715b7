import { describe, expect, it } from 'vitest';
import {
  isEnterpriseNumber,
  isKvkNumber,
  updateBody,
  organisationFormValues,
} from './organisationSchema';

describe('organisation numbers', () => {
  it('takes a KvK number of 8 digits, written with spaces or dots', () => {
    expect(isKvkNumber('41234560')).toBe(true);
    expect(isKvkNumber('4123 4560')).toBe(true);
    expect(isKvkNumber('4123456')).toBe(false);
  });

  it('checks a Belgian enterprise number’s check digits', () => {
    expect(isEnterpriseNumber('0123.456.749')).toBe(true);
    expect(isEnterpriseNumber('BE 0403 154 269')).toBe(true);
    expect(isEnterpriseNumber('0123.456.748')).toBe(false);
    expect(isEnterpriseNumber('123456749')).toBe(false);
  });
});

describe('a change', () => {
  it('sends the addresses again when the country changes', () => {
    const values = {
      ...organisationFormValues(),
      name: 'Thuiszorg Brussel',
      kind: 'care_organisation',
      country: 'BE' as const,
      visiting_address: {
        street: 'Rue Neuve',
        house_number: '1',
        postcode: '1000',
        city: 'Bruxelles',
      },
    };
    expect(updateBody(values, { country: true })).toEqual({
      country: 'BE',
      visiting_address: {
        street: 'Rue Neuve',
        house_number: '1',
        postcode: '1000',
        city: 'Bruxelles',
      },
      postal_address: null,
    });
  });
});
