import { Button, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useZodForm } from '../../forms/useZodForm';
import { ErrorSummary } from '../ErrorSummary';
import { codeSchema } from '../SecondFactorChallenge';
import { summaryFieldErrors } from '../../forms/submitErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';

export interface ConfirmCodeFormProps {
  id: string;
  label: string;
  description?: string;
  submitLabel: string;
  /** Sends the six digits; a 422 on `code` lands on the field. */
  confirm: (code: string) => Promise<void>;
}

/** Six digits to confirm a new factor (from the app, or from the text message). */
export function ConfirmCodeForm({
  id,
  label,
  description,
  submitLabel,
  confirm,
}: ConfirmCodeFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => codeSchema('totp', t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { code: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const fields = [{ name: 'code', id, label }] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, ['code'], ({ code }) =>
    confirm(code),
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={360}>
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <TextInput
          id={id}
          label={label}
          description={description}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          {...form.register('code')}
          error={errors.code?.message}
          styles={{ input: { fontSize: 20, letterSpacing: '0.2em' } }}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
