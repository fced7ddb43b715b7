import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import { NewPasswordField, PasswordField } from './PasswordField';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwordStrength';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A new password typed twice; the two must match before anything is sent. */
export function newPasswordSchema(t: T) {
  return z
    .object({
      new_password: z
        .string()
        .min(MIN_PASSWORD_LENGTH, t('auth.password.tooShort', { min: MIN_PASSWORD_LENGTH }))
        .max(MAX_PASSWORD_LENGTH, t('auth.password.tooLong', { max: MAX_PASSWORD_LENGTH })),
      repeat_password: z.string().min(1, t('auth.password.repeatRequired')),
    })
    .refine((values) => values.new_password === values.repeat_password, {
      path: ['repeat_password'],
      message: t('auth.password.mismatch'),
    });
}

/** The form of a new password typed twice (reset, activation): rules checked before sending. */
export function useNewPasswordForm() {
  const { t } = useTranslation();
  const schema = useMemo(() => newPasswordSchema(t), [t]);
  return useZodForm(schema, {
    defaultValues: { new_password: '', repeat_password: '' },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
}

type NewPasswordForm = ReturnType<typeof useNewPasswordForm>;

export interface NewPasswordFieldsProps {
  form: NewPasswordForm;
  /** Prefix of the fields' ids (`<idPrefix>-password`, `<idPrefix>-repeat`). */
  idPrefix: string;
  passwordLabel: string;
  repeatLabel: string;
}

/** The summary's list of these fields, for `ErrorSummary`. */
export function newPasswordFieldList({
  idPrefix,
  passwordLabel,
  repeatLabel,
}: Omit<NewPasswordFieldsProps, 'form'>) {
  return [
    { name: 'new_password', id: `${idPrefix}-password`, label: passwordLabel },
    { name: 'repeat_password', id: `${idPrefix}-repeat`, label: repeatLabel },
  ] as const;
}

/** The new password with its strength hint, and the repeat. */
export function NewPasswordFields({
  form,
  idPrefix,
  passwordLabel,
  repeatLabel,
}: NewPasswordFieldsProps) {
  const password = useWatch({ control: form.control, name: 'new_password' });
  const { errors } = form.formState;
  return (
    <>
      <NewPasswordField
        id={`${idPrefix}-password`}
        label={passwordLabel}
        required
        password={password}
        {...form.register('new_password')}
        error={errors.new_password?.message}
      />
      <PasswordField
        id={`${idPrefix}-repeat`}
        label={repeatLabel}
        autoComplete="new-password"
        required
        {...form.register('repeat_password')}
        error={errors.repeat_password?.message}
      />
    </>
  );
}
