import { ApiProblem, isApiProblem } from '@kring/client';
import { applyApiFieldErrors, errorMessage } from '@kring/common';
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** The API's field path (`services.0.price_cents`) as the form's (`services.0.price`). */
export type FieldRename = (apiField: string) => string;

const asIs: FieldRename = (field) => field;

/**
 * A wizard step's submit: validates with the form's schema, saves, and on a 422 puts each
 * problem on its field (the API's names renamed to the form's where they differ) and the rest
 * in `formErrors`. `attempt` counts failed submits, so the error summary takes the focus after
 * each one. `saved` says the last submit was stored (the settings say "Opgeslagen"); what was
 * stored becomes the form's starting point, so "changed" means changed since then.
 */
export function useStepSubmit<TInput extends FieldValues, TOutput>(
  form: UseFormReturn<TInput, unknown, TOutput>,
  fields: readonly Path<TInput>[],
  submit: (values: TOutput) => Promise<void>,
  rename: FieldRename = asIs,
) {
  const { t } = useTranslation();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const failed = () => {
    setSaved(false);
    setAttempt((count) => count + 1);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormErrors([]);
    setSaved(false);
    try {
      await submit(values);
      form.reset(form.getValues());
      setSaved(true);
    } catch (error) {
      if (isApiProblem(error) && error.status === 422) {
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

  return { onSubmit, formErrors, attempt, saved };
}
