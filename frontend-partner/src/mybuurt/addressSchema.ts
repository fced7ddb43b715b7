import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

const NL_POSTCODE = /^[1-9]\d{3}\s?[A-Za-z]{2}$/;
const BE_POSTCODE = /^[1-9]\d{3}$/;

/** A home address in the Netherlands or Belgium, with the API's rules (`AddressIn`). */
export function addressSchema(t: T) {
  const text = (max: number) =>
    z
      .string()
      .trim()
      .min(1, t('myNeighbourhood.address.required'))
      .max(max, t('myNeighbourhood.address.tooLong', { max }));
  return z
    .object({
      country: z.enum(['NL', 'BE']),
      street: text(200),
      house_number: z
        .string()
        .trim()
        .min(1, t('myNeighbourhood.address.required'))
        .regex(/^[1-9]\d{0,4}$/, t('myNeighbourhood.address.houseNumberInvalid')),
      postcode: z.string().trim().min(1, t('myNeighbourhood.address.required')),
      city: text(100),
    })
    .superRefine((value, context) => {
      const rule = value.country === 'NL' ? NL_POSTCODE : BE_POSTCODE;
      if (value.postcode && !rule.test(value.postcode))
        context.addIssue({
          code: 'custom',
          path: ['postcode'],
          message: t('myNeighbourhood.address.postcodeInvalid'),
        });
    });
}

export type AddressInput = z.input<ReturnType<typeof addressSchema>>;
