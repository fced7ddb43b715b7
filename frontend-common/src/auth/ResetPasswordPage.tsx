import { isApiProblem } from '@kring/client';
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useResetPassword } from './api/password';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { NewPasswordField, PasswordField } from './PasswordField';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwordStrength';
import { AUTH_PATHS } from './paths';
import { summaryFieldErrors, useAuthSubmit } from './useAuthSubmit';

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

/**
 * The page behind the link in the reset e-mail: a new password, twice. The token comes from the
 * link; a dead link says so and offers a new one.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.reset.title'), t('app.name'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const reset = useResetPassword();
  const [done, setDone] = useState(false);
  const [tokenRefused, setTokenRefused] = useState<string | null>(null);

  const schema = useMemo(() => newPasswordSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { new_password: '', repeat_password: '' },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const password = useWatch({ control: form.control, name: 'new_password' });
  const fields = [
    { name: 'new_password', id: 'reset-password', label: t('auth.fields.newPassword') },
    { name: 'repeat_password', id: 'reset-repeat', label: t('auth.fields.repeatPassword') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useAuthSubmit(
    form,
    ['new_password'],
    async ({ new_password }) => {
      try {
        await reset.mutateAsync({ token, new_password });
        setDone(true);
      } catch (error) {
        const tokenError = tokenFieldError(error);
        if (tokenError === undefined) throw error;
        setTokenRefused(tokenError);
      }
    },
  );
  const { errors, isSubmitting } = form.formState;

  if (!token || tokenRefused !== null) {
    return (
      <AuthCard title={t('auth.reset.expiredTitle')}>
        <Alert color="red" variant="light" role="alert">
          {token ? t('auth.reset.expired') : t('auth.reset.noToken')}
        </Alert>
        <Anchor component={Link} to={AUTH_PATHS.forgotPassword}>
          {t('auth.reset.askNew')}
        </Anchor>
      </AuthCard>
    );
  }
  if (done) {
    return (
      <AuthCard title={t('auth.reset.doneTitle')}>
        <Alert color="kringTeal" variant="light" role="status">
          {t('auth.reset.doneBody')}
        </Alert>
        <Button component={Link} to={AUTH_PATHS.login} style={{ alignSelf: 'flex-start' }}>
          {t('auth.reset.toLogin')}
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <NewPasswordField
            id="reset-password"
            label={t('auth.fields.newPassword')}
            required
            password={password}
            {...form.register('new_password')}
            error={errors.new_password?.message}
          />
          <PasswordField
            id="reset-repeat"
            label={t('auth.fields.repeatPassword')}
            autoComplete="new-password"
            required
            {...form.register('repeat_password')}
            error={errors.repeat_password?.message}
          />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

/** The message of a 422 on `token` (a used or expired link), else undefined. */
function tokenFieldError(error: unknown): string | undefined {
  if (!isApiProblem(error) || error.status !== 422) return undefined;
  return error.errors.find((fieldError) => fieldError.field.replace(/^body\./, '') === 'token')
    ?.message;
}
