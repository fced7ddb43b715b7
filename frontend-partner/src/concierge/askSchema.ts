import { z } from 'zod';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The API's limits of a request for help (`CaseCreate`). */
export const SUBJECT_MAX = 120;
export const DESCRIPTION_MAX = 4000;

/** "Hulp vragen aan de conciërge": subject, description, an optional skill. */
export function askSchema(t: T) {
  const text = (max: number) =>
    z
      .string()
      .trim()
      .min(1, t('concierge.ask.required'))
      .max(max, t('concierge.ask.tooLong', { max }));
  return z.object({
    subject: text(SUBJECT_MAX),
    description: text(DESCRIPTION_MAX),
    skill_id: z.string().transform((value) => (value ? value : null)),
  });
}

export type AskInput = z.input<ReturnType<typeof askSchema>>;
