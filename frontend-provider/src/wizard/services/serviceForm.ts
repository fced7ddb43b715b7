import { centsToInput, memberPriceCents, parseEuros } from '@kring/common';
import { z } from 'zod';
import type { Service, ServicesStepBody } from '../../api/profile';

export const SERVICE_DESCRIPTION_MAX = 200;
export const PRICE_NOTE_MAX = 1000;
export const MAX_CATEGORIES = 10;
export const MAX_SERVICES = 50;
const MAX_PRICE_CENTS = 10_000_000;

type T = (key: string, options?: Record<string, unknown>) => string;

export interface ServiceRow {
  /** The stored service this row shows, to show the API's member price until it changes. */
  savedId: string;
  name: string;
  /** As typed: "15,00". */
  price: string;
  unit: 'hour' | 'service';
  description: string;
}

export function emptyService(): ServiceRow {
  return { savedId: '', name: '', price: '', unit: 'hour', description: '' };
}

export function serviceRow(service: Service): ServiceRow {
  return {
    savedId: service.id,
    name: service.name,
    price: centsToInput(service.price_cents),
    unit: service.unit,
    description: service.description ?? '',
  };
}

export function servicesSchema(t: T) {
  return z.object({
    category_ids: z
      .array(z.string())
      .min(1, t('wizard.services.categoriesRequired'))
      .max(MAX_CATEGORIES, t('wizard.services.categoriesTooMany', { max: MAX_CATEGORIES })),
    services: z
      .array(
        z.object({
          savedId: z.string(),
          name: z
            .string()
            .trim()
            .min(1, t('wizard.services.nameRequired'))
            .max(100, t('wizard.errors.tooLong', { max: 100 })),
          price: z.string().superRefine((text, ctx) => {
            const cents = parseEuros(text);
            if (cents === null) {
              ctx.addIssue({ code: 'custom', message: t('wizard.services.priceInvalid') });
            } else if (cents < 1 || cents > MAX_PRICE_CENTS) {
              ctx.addIssue({ code: 'custom', message: t('wizard.services.priceRange') });
            }
          }),
          unit: z.enum(['hour', 'service']),
          description: z
            .string()
            .trim()
            .max(
              SERVICE_DESCRIPTION_MAX,
              t('wizard.errors.tooLong', { max: SERVICE_DESCRIPTION_MAX }),
            ),
        }),
      )
      .max(MAX_SERVICES, t('wizard.services.tooMany', { max: MAX_SERVICES })),
    price_note: z
      .string()
      .trim()
      .max(PRICE_NOTE_MAX, t('wizard.errors.tooLong', { max: PRICE_NOTE_MAX })),
  });
}

export type ServicesValues = z.output<ReturnType<typeof servicesSchema>>;

export function toServicesBody(values: ServicesValues): ServicesStepBody {
  return {
    category_ids: values.category_ids,
    services: values.services.map((service) => ({
      name: service.name,
      price_cents: parseEuros(service.price) ?? 0,
      unit: service.unit,
      description: service.description,
    })),
    price_note: values.price_note,
  };
}

/** The API's field names as the form's: prices are typed in euros. */
export function renameServiceField(field: string): string {
  if (field.startsWith('category_ids')) return 'category_ids';
  return field.replace(/^services\.(\d+)\.price_cents$/, 'services.$1.price');
}

/**
 * The member price to show next to a typed price: the API's for a stored service whose price
 * is unchanged, else computed the same way while typing; `null` while the price is not an
 * amount.
 */
export function shownMemberPrice(typed: string, saved: Service | undefined): number | null {
  const cents = parseEuros(typed);
  if (cents === null || cents < 1) return null;
  if (saved && saved.price_cents === cents) return saved.member_price_cents;
  return memberPriceCents(cents);
}
