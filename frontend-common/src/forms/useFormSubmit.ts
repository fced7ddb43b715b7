import { isApiProblem } from '@kring/client';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isRateLimited } from '../auth/api/rateLimit';
import { applyApiFieldErrors } from './applyApiFieldErrors';
import { FormMessage } from './formMessage';
import {
  isTooManyRequests,
  rateLimitMessage,
  renameProblemFields,
  type FieldRename,
} from './submitErrors';

export interface FormSubmitOptions {
  /** The API's field names as the form's where they differ (`price_cents` → `price`). */
  rename?: FieldRename;
  /**
   * The words for a 429 (gets the whole minutes left from `Retry-After` when known); by default
   * the minutes left, else the API's own words.
   */
  rateLimitMessage?: (minutesLeft: number | undefined) => string;
  /**
   * Keep a 429 out of `formErrors`, in `rateLimited`: a public form shows it apart, as it is no
   * mistake in the form.
   */
  rateLimitApart?: boolean;
  /**
   * After a stored submit, what was sent becomes the form's starting point, so "changed" means
   * changed since then (the wizard steps and settings).
   */
  resetOnSuccess?: boolean;
}

/**
 * THE submit of every portal form: validates with the form's resolver (zod), calls `submit`,
 * and on failure puts each 422 message on its field and the rest (a {@link FormMessage}, a
 * cool-off, the problem's detail, or the general error) in `formErrors`. `attempt` counts failed
 * submits (refused by the form or by the API), so the error summary can take the focus after
 * each one. `saved` says the last submit went through.
 */
export function useFormSubmit<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  fields: readonly Path<TInput>[],
  submit: (values: TOutput) => Promise<void>,
  options: FormSubmitOptions = {},
) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [rateLimited, setRateLimited] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const failed = () => {
    setSaved(false);
    setAttempt((count) => count + 1);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormErrors([]);
    setRateLimited(null);
    setSaved(false);
    try {
      await submit(values);
      if (options.resetOnSuccess) form.reset(form.getValues());
      setSaved(true);
    } catch (error) {
      if (error instanceof FormMessage) {
        setFormErrors([error.message]);
      } else if (isTooManyRequests(error)) {
        const minutesLeft = isRateLimited(error) ? error.minutesLeft : undefined;
        const message = options.rateLimitMessage?.(minutesLeft) ?? rateLimitMessage(error, t);
        if (options.rateLimitApart) setRateLimited(message);
        else setFormErrors([message]);
      } else if (isApiProblem(error)) {
        const problem = options.rename ? renameProblemFields(error, options.rename) : error;
        setFormErrors(applyApiFieldErrors(problem, form.setError, fields));
      } else {
        setFormErrors([t('common.states.errorBody')]);
      }
      failed();
    }
  }, failed);

  return { onSubmit, formErrors, rateLimited, attempt, saved };
}
