import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import type { App } from '../shell/portals';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { LoadingState } from '../states/LoadingState';
import { meKeys } from './api/me';
import { securityKeys } from './api/secondFactor';
import { useLogin, type LoginResult } from './api/sessions';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { FIRST_STEP, nextStep, stepAfter, type ChallengeEnd, type LoginStep } from './loginFlow';
import { PasswordField } from './PasswordField';
import { AUTH_PATHS, NEXT_PARAM, pathAfterSignIn, withNext } from './paths';
import { SecondFactorChallenge } from './SecondFactorChallenge';
import { FormMessage } from '../forms/formMessage';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

export interface LoginPageProps {
  portal: App;
}

/** What a page that sends people to the log-in page may tell them there (router state). */
export type LoginNotice = 'activated' | 'emailChanged';

export interface LoginLocationState {
  notice?: LoginNotice;
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
 * Log in with e-mail and password, then (when the account has one) a second factor. The API's
 * answers drive the log-in state machine (`loginFlow.ts`); signed in, the person sets up a
 * required second factor or chooses an organisation first, then goes back to the page they came
 * from (`?next=`) or home.
 */
export function LoginPage({ portal }: LoginPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'), t('app.name'));
  const [step, dispatch] = useReducer(nextStep, FIRST_STEP);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  // The address last typed, kept when the flow comes back to the password step.
  const [email, setEmail] = useState('');
  const next = searchParams.get(NEXT_PARAM);
  const notice = (location.state as LoginLocationState | null)?.notice;

  useEffect(() => {
    if (step.step !== 'signedIn') return;
    queryClient.removeQueries({ queryKey: securityKeys.all });
    queryClient.setQueryData(meKeys.all, step.me);
    void navigate(pathAfterSignIn(step, next), { replace: true });
  }, [step, next, navigate, queryClient]);

  const answer = (result: LoginResult): LoginStep => {
    dispatch({ type: 'answer', result });
    return stepAfter(result);
  };

  // Each step of the flow has its own screen.
  switch (step.step) {
    case 'signedIn':
      return <LoadingState label={t('auth.login.signedIn')} />;
    case 'secondFactor':
      return (
        <AuthCard title={t('auth.challenge.title')}>
          <SecondFactorChallenge
            step={step}
            dispatch={dispatch}
            submitLabel={t('auth.login.submit')}
            onCancel={() => dispatch({ type: 'restart' })}
            cancelLabel={t('auth.challenge.backToLogin')}
          />
        </AuthCard>
      );
    case 'credentials':
    case 'unknown':
      return (
        <CredentialsStep
          portal={portal}
          onAnswer={answer}
          initialEmail={email}
          onEmail={setEmail}
          ended={step.step === 'credentials' ? step.ended : undefined}
          notice={notice}
        />
      );
  }
}

/** The first step: e-mail and password. */
function CredentialsStep({
  portal,
  onAnswer,
  initialEmail,
  onEmail,
  ended,
  notice,
}: {
  portal: App;
  onAnswer: (result: LoginResult) => LoginStep;
  initialEmail: string;
  onEmail: (email: string) => void;
  /** Set when a second-factor challenge ended and the person starts again here. */
  ended: ChallengeEnd | undefined;
  notice: LoginNotice | undefined;
}) {
  const { t } = useTranslation();
  const login = useLogin();
  // A new account goes on to the same page as a log-in would.
  const [searchParams] = useSearchParams();
  const next = searchParams.get(NEXT_PARAM);
  const schema = useMemo(() => loginSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { email: initialEmail, password: '' },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const fields = [
    { name: 'email', id: 'login-email', label: t('auth.fields.email') },
    { name: 'password', id: 'login-password', label: t('auth.fields.password') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    ['email', 'password'],
    async (values) => {
      onEmail(values.email);
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
          {ended && attempt === 0 ? (
            <Alert color="red" variant="light" role="alert" data-testid="challenge-ended">
              {t(`auth.challenge.ended.${ended}`)}
            </Alert>
          ) : null}
          {notice && !ended ? (
            <Alert color="kringTeal" variant="light" role="status">
              {t(`auth.login.notice.${notice}`)}
            </Alert>
          ) : null}
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
          {portal === 'pro' || portal === 'admin' ? (
            <Text size="sm" c="dark.5">
              {t(portal === 'pro' ? 'auth.login.proAccounts' : 'auth.login.staffAccounts')}
            </Text>
          ) : (
            <Text size="sm">
              {t('auth.login.noAccount')}{' '}
              <Anchor component={Link} to={withNext(AUTH_PATHS.signup, next)}>
                {t('auth.login.createAccount')}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </AuthCard>
  );
}
