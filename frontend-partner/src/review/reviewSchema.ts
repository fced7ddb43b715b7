import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

export const REVIEW_MAX = 2000;

/** 1–5 stars (required) and, if the customer likes, a few words. */
export function reviewSchema(t: T) {
  return z.object({
    stars: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .refine((value) => value !== null, t('review.stars.required'))
      .transform((value) => value as number),
    text: z
      .string()
      .trim()
      .max(REVIEW_MAX, t('review.text.tooLong', { max: REVIEW_MAX })),
  });
}

export type ReviewInput = z.input<ReturnType<typeof reviewSchema>>;
