import { isApiProblem } from '@kring/client';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { LoadingState } from '../states/LoadingState';
import { useConfirmEmailChange } from './api/accountLinks';
import { AuthCard } from './AuthCard';
import type { LoginLocationState } from './LoginPage';
import { AUTH_PATHS } from './paths';
import { fieldErrorOf } from './problems';

/**
 * The page behind the link sent to a new e-mail address: confirms the change on load (once,
 * even in React's strict mode). The API then ends every session of the account, so the person
 * goes to the log-in page, where a message says to log in with the new address.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.confirmEmail.title'), t('app.name'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const confirm = useConfirmEmailChange();
  const navigate = useNavigate();
  const { mutate } = confirm;
  const sentFor = useRef<string | null>(null);

  const run = useCallback(
    () =>
      mutate(token, {
        onSuccess: () => {
          const state: LoginLocationState = { notice: 'emailChanged' };
          void navigate(AUTH_PATHS.login, { replace: true, state });
        },
      }),
    [token, mutate, navigate],
  );

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    run();
  }, [token, run]);

  if (!token || fieldErrorOf(confirm.error, 'token') !== undefined) {
    return (
      <AuthCard title={t('auth.confirmEmail.expiredTitle')}>
        <Alert color="red" variant="light" role="alert">
          {token ? t('auth.confirmEmail.expired') : t('auth.confirmEmail.noToken')}
        </Alert>
        <Stack gap="xs">
          <Text>{t('auth.confirmEmail.expiredHint')}</Text>
          <Anchor component={Link} to={AUTH_PATHS.accountSecurity}>
            {t('auth.confirmEmail.toSecurity')}
          </Anchor>
        </Stack>
      </AuthCard>
    );
  }
  if (confirm.isError) {
    const problem = isApiProblem(confirm.error) ? confirm.error : undefined;
    return (
      <AuthCard title={t('auth.confirmEmail.title')}>
        <Alert color="red" variant="light" role="alert" title={t('common.states.errorTitle')}>
          {(problem && problem.status < 500 ? problem.detail : undefined) ??
            t('common.states.errorBody')}
        </Alert>
        {problem?.status === 409 ? null : (
          <Button variant="light" onClick={run} style={{ alignSelf: 'flex-start' }}>
            {t('common.states.retry')}
          </Button>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.confirmEmail.title')}>
      <LoadingState label={t('auth.confirmEmail.checking')} />
    </AuthCard>
  );
}
