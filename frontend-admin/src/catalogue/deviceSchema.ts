import { ApiProblem, isApiProblem } from '@kring/client';
import { z } from 'zod';
import type {
  Device,
  DeviceCategory,
  DeviceCreate,
  DeviceOption,
  DeviceSupply,
  DeviceUpdate,
  OptionCreate,
  OptionUpdate,
} from '../api/catalogue';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A device code as the API takes it: capitals, a dash, capitals or digits ("HB-1024"). */
export const DEVICE_CODE = /^[A-Z]{1,5}-[0-9A-Z]{1,10}$/;

export const NAME_FIELDS = ['name_nl', 'name_fr', 'name_en'] as const;

function names(t: T) {
  const name = z
    .string()
    .trim()
    .min(1, t('device.errors.name'))
    .max(200, t('device.errors.tooLong', { max: 200 }));
  return { name_nl: name, name_fr: name, name_en: name };
}

/** The device form's rules (the API's), said before sending, in the staff member's words. */
export function deviceSchema(t: T) {
  return z
    .object({
      // Typed in lower case is fine: the code is stored in capitals.
      code: z.string().trim().toUpperCase().regex(DEVICE_CODE, t('device.errors.code')),
      ...names(t),
      category: z.string().min(1, t('device.errors.category')),
      supply: z.string().min(1, t('device.errors.supply')),
      needs_ad_contract: z.boolean(),
      active: z.boolean(),
    })
    .transform((values) => ({
      ...values,
      category: values.category as DeviceCategory,
      supply: values.supply as DeviceSupply,
      // An AD device always needs the AD contract (the API's rule): the box cannot be cleared.
      needs_ad_contract: values.category === 'AD' || values.needs_ad_contract,
    }));
}

export type DeviceFormInput = z.input<ReturnType<typeof deviceSchema>>;
export type DeviceFormValues = z.output<ReturnType<typeof deviceSchema>>;

export const DEVICE_FIELDS = [
  'code',
  ...NAME_FIELDS,
  'category',
  'supply',
  'needs_ad_contract',
  'active',
] as const satisfies readonly (keyof DeviceFormInput)[];

export function deviceFormValues(device?: Device): DeviceFormInput {
  return {
    code: device?.code ?? '',
    name_nl: device?.name_nl ?? '',
    name_fr: device?.name_fr ?? '',
    name_en: device?.name_en ?? '',
    category: device?.category ?? '',
    supply: device?.supply ?? '',
    needs_ad_contract: device?.needs_ad_contract ?? false,
    active: device?.active ?? true,
  };
}

export function deviceCreateBody(values: DeviceFormValues): DeviceCreate {
  return { ...values };
}

/** Only what differs from the stored device: the API leaves the rest as it is. */
export function deviceUpdateBody(values: DeviceFormValues, device: Device): DeviceUpdate {
  const body: DeviceUpdate = {};
  for (const field of DEVICE_FIELDS) {
    if (values[field] !== device[field]) Object.assign(body, { [field]: values[field] });
  }
  return body;
}

/** The option form's rules. */
export function optionSchema(t: T) {
  return z.object({
    ...names(t),
    needs_ad_contract: z.boolean(),
    position: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, t('device.errors.position'))
      .transform(Number),
  });
}

export type OptionFormInput = z.input<ReturnType<typeof optionSchema>>;
export type OptionFormValues = z.output<ReturnType<typeof optionSchema>>;

export const OPTION_FIELDS = [...NAME_FIELDS, 'needs_ad_contract', 'position'] as const;

/** A new option goes after the last one unless staff say otherwise. */
export function optionFormValues(option: DeviceOption | undefined, after: number): OptionFormInput {
  return {
    name_nl: option?.name_nl ?? '',
    name_fr: option?.name_fr ?? '',
    name_en: option?.name_en ?? '',
    needs_ad_contract: option?.needs_ad_contract ?? false,
    position: String(option?.position ?? after),
  };
}

export function optionCreateBody(values: OptionFormValues): OptionCreate {
  return { ...values, active: true };
}

export function optionUpdateBody(values: OptionFormValues, option: DeviceOption): OptionUpdate {
  const body: OptionUpdate = {};
  for (const field of OPTION_FIELDS) {
    if (values[field] !== option[field]) Object.assign(body, { [field]: values[field] });
  }
  return body;
}

/**
 * The API's 409 on a device or option (a code, or a Dutch option name, another one has) names
 * no field: put it at the field it is about, so it is said where it can be mended.
 */
export function conflictAt(error: unknown, field: string): unknown {
  if (!isApiProblem(error) || error.status !== 409 || error.errors.length > 0) return error;
  return new ApiProblem({
    type: error.type,
    title: error.title,
    status: error.status,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    errors: [{ location: 'body', field, message: error.detail ?? error.title }],
  });
}
