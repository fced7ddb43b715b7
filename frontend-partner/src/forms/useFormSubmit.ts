import { ApiProblem, isApiProblem } from '@kring/client';
import { applyApiFieldErrors, errorMessage } from '@kring/common';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * A public form's submit, like `useApiSubmit` of @kring/common: validates with the form's
 * schema, sends, and on a 422 puts each message on its field (`rename` maps the API's field
 * names to the form's where they differ); the rest goes to `formErrors`. A 429 is kept apart in
 * `rateLimited` (the API's own words), as it is no mistake in the form. `attempt` counts failed
 * submits, so the error summary takes the focus after each one.
 */
export function useFormSubmit<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  fields: readonly Path<TInput>[],
  submit: (values: TOutput) => Promise<void>,
  rename: (apiField: string) => string = (field) => field,
) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [rateLimited, setRateLimited] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const failed = () => setAttempt((count) => count + 1);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormErrors([]);
    setRateLimited(null);
    try {
      await submit(values);
    } catch (error) {
      if (isApiProblem(error) && error.status === 429) {
        setRateLimited(error.detail ?? t('form.rateLimited'));
      } else if (isApiProblem(error) && error.status === 422) {
        const renamed = new ApiProblem({
          type: error.type,
          title: error.title,
          status: error.status,
          detail: error.detail,
          errors: error.errors.map((fieldError) => ({
            ...fieldError,
            field: rename(fieldError.field.replace(/^(body|query|path)\./, '')),
          })),
        });
        setFormErrors(applyApiFieldErrors(renamed, form.setError, fields));
      } else {
        setFormErrors([errorMessage(error, t)]);
      }
      failed();
    }
  }, failed);

  return { onSubmit, formErrors, rateLimited, attempt };
}
