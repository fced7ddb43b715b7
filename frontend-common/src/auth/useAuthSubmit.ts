import { isApiProblem } from '@kring/client';
import { useState } from 'react';
import {
  get,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors } from '../forms/applyApiFieldErrors';
import { isRateLimited } from './api/rateLimit';
import { FormMessage } from './formMessage';
import type { SummaryFieldError } from './ErrorSummary';

export { FormMessage };

export interface AuthSubmitOptions {
  /** The words for a 429: gets the whole minutes left (from `Retry-After`) when known. */
  rateLimitMessage?: (minutesLeft: number | undefined) => string;
}

/**
 * Like `useApiSubmit`, for the identity forms: validates, calls `submit`, puts 422 field errors on
 * their fields and the rest (401 details, cool-offs with the minutes left) in `formErrors`.
 * `attempt` counts failed submits, so the error summary can take the focus after each one.
 */
export function useAuthSubmit<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  fields: readonly Path<TInput>[],
  submit: (values: TOutput) => Promise<void>,
  options: AuthSubmitOptions = {},
) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const failed = () => setAttempt((count) => count + 1);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      await submit(values);
    } catch (error) {
      if (error instanceof FormMessage) {
        setFormErrors([error.message]);
      } else if (isRateLimited(error)) {
        setFormErrors([
          options.rateLimitMessage?.(error.minutesLeft) ??
            (error.minutesLeft === undefined
              ? (error.detail ?? t('auth.errors.rateLimitedSoon'))
              : t('auth.errors.rateLimited', { count: error.minutesLeft })),
        ]);
      } else if (isApiProblem(error)) {
        setFormErrors(applyApiFieldErrors(error, form.setError, fields));
      } else {
        setFormErrors([t('common.states.errorBody')]);
      }
      failed();
    }
  }, failed);

  return { onSubmit, formErrors, attempt };
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * One sentence for a failed call outside a form (a button that sends a text, removes a
 * factor): a refused step-up or other {@link FormMessage}, a cool-off with the minutes left,
 * the API's own words, or the general error.
 */
export function errorMessage(error: unknown, t: T): string {
  if (error instanceof FormMessage) return error.message;
  if (isRateLimited(error)) {
    return error.minutesLeft === undefined
      ? t('auth.errors.rateLimitedSoon')
      : t('auth.errors.rateLimited', { count: error.minutesLeft });
  }
  if (isApiProblem(error) && error.status < 500) {
    return error.errors[0]?.message ?? error.detail ?? t('common.states.errorBody');
  }
  return t('common.states.errorBody');
}

/** The current field errors, in the order of `fields`, for the error summary. */
export function summaryFieldErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly { name: Path<T>; id: string; label: string }[],
): SummaryFieldError[] {
  return fields.flatMap(({ name, id, label }) => {
    const message: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message ? [{ id, label, message }] : [];
  });
}
