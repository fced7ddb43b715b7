import { ApiProblem, isApiProblem } from '@kring/client';
import { get, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import { isRateLimited } from '../auth/api/rateLimit';
import type { SummaryFieldError } from '../auth/ErrorSummary';
import { FormMessage } from './formMessage';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The API's field path (`services.0.price_cents`) as the form's (`services.0.price`). */
export type FieldRename = (apiField: string) => string;

/** Some validators prefix the location (`body.address.postcode`); the form does not. */
export function stripLocation(field: string): string {
  return field.replace(/^(body|query|path)\./, '');
}

/** The problem with each field error's path renamed to the form's (no location prefix). */
export function renameProblemFields(problem: ApiProblem, rename: FieldRename): ApiProblem {
  return new ApiProblem({
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: problem.instance,
    errorId: problem.errorId,
    errors: problem.errors.map((fieldError) => ({
      ...fieldError,
      field: rename(stripLocation(fieldError.field)),
    })),
  });
}

/** Whether `error` is a 429: too many tries, no mistake in the form. */
export function isTooManyRequests(error: unknown): error is ApiProblem {
  return isApiProblem(error) && error.status === 429;
}

/**
 * The words for a 429: the whole minutes left when the `Retry-After` header was read (see
 * `withRetryAfter`), else the API's own words, else a general "later".
 */
export function rateLimitMessage(error: ApiProblem, t: T): string {
  const minutesLeft = isRateLimited(error) ? error.minutesLeft : undefined;
  return minutesLeft === undefined
    ? (error.detail ?? t('auth.errors.rateLimitedSoon'))
    : t('auth.errors.rateLimited', { count: minutesLeft });
}

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
export function summaryFieldErrors<V extends FieldValues>(
  errors: FieldErrors<V>,
  fields: readonly { name: Path<V>; id: string; label: string }[],
): SummaryFieldError[] {
  return fields.flatMap(({ name, id, label }) => {
    const message: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message ? [{ id, label, message }] : [];
  });
}
