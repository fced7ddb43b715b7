import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

export const REASON_MAX = 1000;

/** KvK numbers have 8 digits; Belgian enterprise numbers 10, starting with 0 or 1. */
function validNumber(country: 'NL' | 'BE', value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (digits === '') return true;
  return country === 'NL' ? /^\d{8}$/.test(digits) : /^[01]\d{9}$/.test(digits);
}

/** The partner access form's rules, as the API's (`PartnerAccessRequestCreate`). */
export function partnerAccessSchema(t: T) {
  return z
    .object({
      organisation_name: z
        .string()
        .trim()
        .min(1, t('partnerAccess.errors.organisation'))
        .max(200, t('partnerAccess.errors.tooLong', { max: 200 })),
      country: z.enum(['NL', 'BE']),
      registration_number: z.string().trim(),
      job_title: z
        .string()
        .trim()
        .min(1, t('partnerAccess.errors.jobTitle'))
        .max(100, t('partnerAccess.errors.tooLong', { max: 100 })),
      work_email: z
        .string()
        .trim()
        .min(1, t('partnerAccess.errors.emailRequired'))
        .pipe(z.email(t('partnerAccess.errors.email'))),
      work_phone: z
        .string()
        .trim()
        .min(1, t('partnerAccess.errors.phoneRequired'))
        .regex(/^\+?[0-9][0-9 ()-]{5,}$/, t('partnerAccess.errors.phone')),
      reason: z
        .string()
        .trim()
        .min(1, t('partnerAccess.errors.reason'))
        .max(REASON_MAX, t('partnerAccess.errors.tooLong', { max: REASON_MAX })),
    })
    .superRefine((values, context) => {
      if (!validNumber(values.country, values.registration_number)) {
        context.addIssue({
          code: 'custom',
          path: ['registration_number'],
          message: t(
            values.country === 'NL'
              ? 'partnerAccess.errors.kvk'
              : 'partnerAccess.errors.enterprise',
          ),
        });
      }
    });
}

export type PartnerAccessInput = z.input<ReturnType<typeof partnerAccessSchema>>;
