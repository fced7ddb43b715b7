import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

export const MESSAGE_MAX = 2000;

/** The contact form's rules, as the API's (`ContactRequestCreate`), in the visitor's words. */
export function contactSchema(t: T) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, t('contact.errors.name'))
      .max(100, t('contact.errors.tooLong', { max: 100 })),
    email: z
      .string()
      .trim()
      .min(1, t('contact.errors.emailRequired'))
      .pipe(z.email(t('contact.errors.email'))),
    phone: z
      .string()
      .trim()
      .min(1, t('contact.errors.phoneRequired'))
      .regex(/^\+?[0-9][0-9 ()-]{5,}$/, t('contact.errors.phone')),
    member_number: z
      .string()
      .trim()
      .max(20, t('contact.errors.tooLong', { max: 20 }))
      .regex(/^[0-9A-Za-z-]*$/, t('contact.errors.memberNumber')),
    location: z
      .object({
        text: z.string(),
        place: z.object({ id: z.number(), name: z.string() }).nullable(),
      })
      .refine((value) => value.text.trim().length >= 2, t('contact.errors.location'))
      .refine(
        (value) => value.text.trim().length <= 100,
        t('contact.errors.tooLong', { max: 100 }),
      ),
    for_whom: z
      .string()
      .refine((value) => value === 'self' || value === 'other', t('contact.errors.forWhom'))
      .transform((value) => value as 'self' | 'other'),
    message: z
      .string()
      .trim()
      .min(1, t('contact.errors.message'))
      .max(MESSAGE_MAX, t('contact.errors.tooLong', { max: MESSAGE_MAX })),
    /** The trap for robots: people never see it, so it stays empty. */
    website: z.string(),
  });
}

export type ContactInput = z.input<ReturnType<typeof contactSchema>>;
