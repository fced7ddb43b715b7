import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useResetPassword } from './api/password';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { NewPasswordFields, newPasswordFieldList, useNewPasswordForm } from './NewPasswordFields';
import { AUTH_PATHS } from './paths';
import { fieldErrorOf } from './problems';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

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

  const form = useNewPasswordForm();
  const labels = {
    idPrefix: 'reset',
    passwordLabel: t('auth.fields.newPassword'),
    repeatLabel: t('auth.fields.repeatPassword'),
  };
  const fields = newPasswordFieldList(labels);

  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    ['new_password'],
    async ({ new_password }) => {
      try {
        await reset.mutateAsync({ token, new_password });
        setDone(true);
      } catch (error) {
        const tokenError = fieldErrorOf(error, 'token');
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
          <NewPasswordFields form={form} {...labels} />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
