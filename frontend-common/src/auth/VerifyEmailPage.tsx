import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@kring/client';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { LoadingState } from '../states/LoadingState';
import { useVerifyEmail } from './api/signup';
import { AuthCard } from './AuthCard';
import { AUTH_PATHS, NEXT_PARAM, withNext } from './paths';

/**
 * The page behind the link in the confirmation e-mail: confirms the address on load (once, even
 * in React's strict mode), then offers the log-in; a dead link offers to sign up again.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.verify.title'), t('app.name'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const verify = useVerifyEmail();
  const { mutate } = verify;
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    mutate(token);
  }, [token, mutate]);

  if (!token) return <DeadLink message={t('auth.verify.noToken')} />;
  if (verify.isError) {
    const problem = isApiProblem(verify.error) ? verify.error : undefined;
    if (problem?.status === 422) {
      return <DeadLink message={t('auth.verify.expired')} />;
    }
    return (
      <AuthCard title={t('auth.verify.title')}>
        <Alert color="red" variant="light" role="alert" title={t('common.states.errorTitle')}>
          {problem?.detail ?? t('common.states.errorBody')}
        </Alert>
        <Button variant="light" onClick={() => mutate(token)} style={{ alignSelf: 'flex-start' }}>
          {t('common.states.retry')}
        </Button>
      </AuthCard>
    );
  }
  if (verify.isSuccess) {
    return (
      <AuthCard title={t('auth.verify.doneTitle')}>
        <Alert color="kringTeal" variant="light" role="status">
          {t('auth.verify.doneBody')}
        </Alert>
        <Button
          component={Link}
          to={withNext(AUTH_PATHS.login, searchParams.get(NEXT_PARAM))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('auth.verify.toLogin')}
        </Button>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.verify.title')}>
      <LoadingState label={t('auth.verify.checking')} />
    </AuthCard>
  );
}

function DeadLink({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.verify.expiredTitle')}>
      <Alert color="red" variant="light" role="alert">
        {message}
      </Alert>
      <Stack gap="xs">
        <Text>{t('auth.verify.expiredHint')}</Text>
        <Anchor component={Link} to={AUTH_PATHS.signup}>
          {t('auth.verify.signupAgain')}
        </Anchor>
        <Anchor component={Link} to={AUTH_PATHS.login}>
          {t('auth.verify.tryLogin')}
        </Anchor>
      </Stack>
    </AuthCard>
  );
}
