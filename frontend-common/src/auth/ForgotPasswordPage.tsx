import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import type { App } from '../shell/portals';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useForgotPassword } from './api/password';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { AUTH_PATHS } from './paths';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

function forgotSchema(t: (key: string) => string) {
  return z.object({
    email: z
      .string()
      .trim()
      .min(1, t('auth.fields.emailRequired'))
      .email(t('auth.fields.emailInvalid')),
  });
}

/** Ask for a reset link by e-mail; the answer never tells whether the address is known. */
export function ForgotPasswordPage({ portal }: { portal: App }) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgot.title'), t('app.name'));
  const forgot = useForgotPassword(portal);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const schema = useMemo(() => forgotSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { email: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const fields = [{ name: 'email', id: 'forgot-email', label: t('auth.fields.email') }] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, ['email'], async ({ email }) => {
    await forgot.mutateAsync(email);
    setSentTo(email);
  });
  const { errors, isSubmitting } = form.formState;

  if (sentTo) {
    return (
      <AuthCard title={t('auth.forgot.sentTitle')}>
        <Alert color="kringTeal" variant="light" role="status">
          {t('auth.forgot.sentBody', { email: sentTo })}
        </Alert>
        <Text>{t('auth.forgot.sentHint')}</Text>
        <Anchor component={Link} to={AUTH_PATHS.login}>
          {t('auth.forgot.backToLogin')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.forgot.title')} lead={t('auth.forgot.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <TextInput
            id="forgot-email"
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.register('email')}
            error={errors.email?.message}
          />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
          <Anchor component={Link} to={AUTH_PATHS.login} size="sm">
            {t('auth.forgot.backToLogin')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
