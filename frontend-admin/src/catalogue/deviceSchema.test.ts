import { ApiProblem } from '@kring/client';
import { describe, expect, it } from 'vitest';
import type { Device } from '../api/catalogue';
import {
  conflictAt,
  deviceFormValues,
  deviceSchema,
  deviceUpdateBody,
  optionSchema,
  type DeviceFormInput,
} from './deviceSchema';

const t = (key: string) => key;
const VALID: DeviceFormInput = {
  code: 'HB-1024',
  name_nl: 'Rolstoel standaard',
  name_fr: 'Fauteuil roulant standard',
  name_en: 'Standard wheelchair',
  category: 'GRZ',
  supply: 'rental',
  needs_ad_contract: false,
  active: true,
};

function problems(values: Partial<DeviceFormInput>) {
  const result = deviceSchema(t).safeParse({ ...VALID, ...values });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the device form rules', () => {
  it('takes a code of capitals, a dash and capitals or digits, typed in any case', () => {
    expect(problems({ code: 'HB-1024' })).toEqual([]);
    expect(deviceSchema(t).parse({ ...VALID, code: ' hb-1024a ' }).code).toBe('HB-1024A');
    expect(problems({ code: 'ABCDE-0123456789' })).toEqual([]);
    for (const code of ['', 'HB1024', 'HB-', '-1024', 'HBXYZQ-1', 'HB-01234567891', 'HB 1024']) {
      expect(problems({ code }), code).toEqual(['code']);
    }
  });

  it('asks every name, at most 200 characters', () => {
    expect(problems({ name_nl: ' ', name_fr: '', name_en: 'x'.repeat(201) })).toEqual([
      'name_nl',
      'name_fr',
      'name_en',
    ]);
    expect(problems({ name_en: 'x'.repeat(200) })).toEqual([]);
  });

  it('asks the category and rental or sale', () => {
    expect(problems({ category: '', supply: '' })).toEqual(['category', 'supply']);
  });

  it('makes an AD device need the AD contract, whatever the box says', () => {
    const ad = deviceSchema(t).parse({ ...VALID, category: 'AD', needs_ad_contract: false });
    expect(ad.needs_ad_contract).toBe(true);
    const grz = deviceSchema(t).parse({ ...VALID, needs_ad_contract: false });
    expect(grz.needs_ad_contract).toBe(false);
  });

  it('sends only what changed', () => {
    const device: Device = {
      ...VALID,
      category: 'GRZ',
      supply: 'rental',
      id: 'd',
      options: [],
      created_at: '2026-12-01T09:00:00Z',
      modified_at: '2026-12-01T09:00:00Z',
    };
    const values = deviceSchema(t).parse({ ...deviceFormValues(device), name_fr: 'Fauteuil' });
    expect(deviceUpdateBody(values, device)).toEqual({ name_fr: 'Fauteuil' });
    const same = deviceSchema(t).parse(deviceFormValues(device));
    expect(deviceUpdateBody(same, device)).toEqual({});
  });
});

describe('the option form rules', () => {
  const option = { name_nl: 'Plankzitting', name_fr: 'Assise', name_en: 'Seat' };
  it('takes a place from 0 to 999', () => {
    const parse = (position: string) =>
      optionSchema(t).safeParse({ ...option, needs_ad_contract: true, position });
    expect(parse('0').data?.position).toBe(0);
    expect(parse('999').data?.position).toBe(999);
    for (const wrong of ['', '-1', '1000', '1.5', 'een']) expect(parse(wrong).success).toBe(false);
  });
});

describe('a refusal of the catalogue', () => {
  it('puts a 409 without a field at the field it is about, and leaves the rest as it is', () => {
    const taken = new ApiProblem({ title: 'Conflict', status: 409, detail: 'Code in gebruik.' });
    const placed = conflictAt(taken, 'code') as ApiProblem;
    expect(placed.errors).toEqual([
      { location: 'body', field: 'code', message: 'Code in gebruik.' },
    ]);
    expect(placed.status).toBe(409);
    const named = new ApiProblem({
      title: 'Conflict',
      status: 409,
      errors: [{ location: 'body', field: 'name_nl', message: 'Naam in gebruik.' }],
    });
    expect(conflictAt(named, 'code')).toBe(named);
    const invalid = new ApiProblem({ title: 'Invalid', status: 422, detail: 'Nee.' });
    expect(conflictAt(invalid, 'code')).toBe(invalid);
    const other = new Error('network');
    expect(conflictAt(other, 'code')).toBe(other);
  });
});
