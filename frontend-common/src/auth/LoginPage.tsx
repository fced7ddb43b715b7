import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import type { Portal } from '../shell/portals';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { LoadingState } from '../states/LoadingState';
import { meKeys } from './api/me';
import { useLogin, type LoginResult } from './api/sessions';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { FIRST_STEP, stepAfter, type LoginStep } from './loginFlow';
import { PasswordField } from './PasswordField';
import { AUTH_PATHS, NEXT_PARAM, safeNextPath } from './paths';
import { FormMessage, summaryFieldErrors, useAuthSubmit } from './useAuthSubmit';

export interface LoginPageProps {
  portal: Portal;
}

function loginSchema(t: (key: string) => string) {
  return z.object({
    email: z
      .string()
      .trim()
      .min(1, t('auth.fields.emailRequired'))
      .email(t('auth.fields.emailInvalid')),
    password: z.string().min(1, t('auth.fields.passwordRequired')),
  });
}

/**
 * Log in with e-mail and password. The API's answer is a step of the log-in flow (see
 * `loginFlow.ts`); signed in, the person goes back to the page they came from (`?next=`) or home.
 */
export function LoginPage({ portal }: LoginPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'), t('app.name'));
  const [step, setStep] = useState<LoginStep>(FIRST_STEP);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const advance = (result: LoginResult): LoginStep => {
    const next = stepAfter(result);
    setStep(next);
    if (next.step === 'signedIn') {
      queryClient.setQueryData(meKeys.all, next.me);
      void navigate(safeNextPath(searchParams.get(NEXT_PARAM)), { replace: true });
    }
    return next;
  };

  // Each step of the flow has its own screen; a second factor will be one more case here.
  switch (step.step) {
    case 'signedIn':
      return <LoadingState label={t('auth.login.signedIn')} />;
    case 'credentials':
    case 'unknown':
      return <CredentialsStep portal={portal} onAnswer={advance} />;
  }
}

/** The first step: e-mail and password. */
function CredentialsStep({
  portal,
  onAnswer,
}: {
  portal: Portal;
  onAnswer: (result: LoginResult) => LoginStep;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  const schema = useMemo(() => loginSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const fields = [
    { name: 'email', id: 'login-email', label: t('auth.fields.email') },
    { name: 'password', id: 'login-password', label: t('auth.fields.password') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useAuthSubmit(
    form,
    ['email', 'password'],
    async (values) => {
      const next = onAnswer(await login.mutateAsync(values));
      if (next.step === 'unknown') throw new FormMessage(t('auth.login.unknownStep'));
    },
    {
      rateLimitMessage: (minutes) =>
        minutes === undefined
          ? t('auth.login.coolOffSoon')
          : t('auth.login.coolOff', { count: minutes }),
    },
  );
  const { errors, isSubmitting } = form.formState;

  return (
    <AuthCard title={t('auth.login.title')} lead={t('auth.login.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <TextInput
            id="login-email"
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.register('email')}
            error={errors.email?.message}
          />
          <PasswordField
            id="login-password"
            label={t('auth.fields.password')}
            autoComplete="current-password"
            required
            {...form.register('password')}
            error={errors.password?.message}
          />
          <Anchor component={Link} to={AUTH_PATHS.forgotPassword} size="sm">
            {t('auth.login.forgotPassword')}
          </Anchor>
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.login.submit')}
          </Button>
          {portal === 'pro' ? (
            <Text size="sm" c="dark.5">
              {t('auth.login.proAccounts')}
            </Text>
          ) : (
            <Text size="sm">
              {t('auth.login.noAccount')}{' '}
              <Anchor component={Link} to={AUTH_PATHS.signup}>
                {t('auth.login.createAccount')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}
