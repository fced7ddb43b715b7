import { isApiProblem } from '@kring/client';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiFieldErrors } from './applyApiFieldErrors';

/**
 * Wraps a form's submit: validates with the form's resolver, calls `submit`, and on an
 * ApiProblem puts field errors on the fields and the rest in `formErrors`. `attempt` counts
 * failed submits (refused by the form or by the API), so an error summary can take the focus
 * after each one.
 */
export function useApiSubmit<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  fields: readonly Path<TInput>[],
  submit: (values: TOutput) => Promise<void>,
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
      setFormErrors(
        isApiProblem(error)
          ? applyApiFieldErrors(error, form.setError, fields)
          : [t('common.states.errorBody')],
      );
      failed();
    }
  }, failed);
  return { onSubmit, formErrors, attempt };
}
