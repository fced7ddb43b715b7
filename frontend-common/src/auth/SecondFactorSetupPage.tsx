import { Alert, Anchor, Button, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ErrorState } from '../states/ErrorState';
import { LoadingState } from '../states/LoadingState';
import { meKeys, needsOrganisationChoice, useMe, type Me } from './api/me';
import { securityKeys, useSecurity } from './api/secondFactor';
import { useLogout } from './api/sessions';
import { AuthCard } from './AuthCard';
import classes from './choice.module.css';
import { AUTH_PATHS, NEXT_PARAM, safeNextPath, withNext } from './paths';
import { RecoveryCodesPanel } from './setup/RecoveryCodesPanel';
import { SmsSetupPanel } from './setup/SmsSetupPanel';
import { TotpSetupPanel } from './setup/TotpSetupPanel';
import { errorMessage } from '../forms/submitErrors';

type Phase =
  { name: 'choose' } | { name: 'totp' } | { name: 'sms' } | { name: 'codes'; codes: string[] };

/**
 * Setting up a second factor: an authenticator app (recommended) or text messages, and, for
 * the first factor, the recovery codes shown once. When the account requires 2FA and has none,
 * nothing else is possible until it is done: the page offers only to log out.
 */
export function SecondFactorSetupPage() {
  const { t } = useTranslation();
  const security = useSecurity();
  const me = useMe();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  // Whether this visit started as the required set-up: the factor added, it no longer is.
  const [forcedAtStart, setForcedAtStart] = useState<boolean | null>(null);

  const forcedNow = Boolean(security.data?.mfa_required && security.data.factors.length === 0);
  if (security.data && forcedAtStart === null) setForcedAtStart(forcedNow);
  const forced = forcedAtStart ?? forcedNow;
  const title = forced ? t('auth.setup.forcedTitle') : t('auth.setup.title');
  useDocumentTitle(title, t('app.name'));

  if (security.isPending || me.isPending) return <LoadingState />;
  if (security.isError) {
    return (
      <AuthCard title={title}>
        <ErrorState error={security.error} onRetry={() => void security.refetch()} />
      </AuthCard>
    );
  }

  const finish = async () => {
    await queryClient.invalidateQueries({ queryKey: securityKeys.all });
    const next = safeNextPath(searchParams.get(NEXT_PARAM));
    const person = queryClient.getQueryData<Me | null>(meKeys.all);
    if (forced && needsOrganisationChoice(person)) {
      void navigate(withNext(AUTH_PATHS.chooseOrganisation, next), { replace: true });
    } else {
      void navigate(forced || next !== '/' ? next : AUTH_PATHS.accountSecurity, {
        replace: true,
        state: { secondFactorAdded: true },
      });
    }
  };
  const added = (codes: string[] | null) => {
    if (codes && codes.length > 0) setPhase({ name: 'codes', codes });
    else void finish();
  };
  const hasSms = security.data.factors.some((factor) => factor.kind === 'sms');

  return (
    <AuthCard
      title={title}
      lead={
        phase.name === 'codes'
          ? undefined
          : forced
            ? t('auth.setup.forcedLead')
            : t('auth.setup.lead')
      }
    >
      {phase.name === 'choose' ? (
        <Stack gap="sm" role="group" aria-label={t('auth.setup.chooseLabel')}>
          <MethodChoice
            title={t('auth.setup.totp.choice')}
            body={t('auth.setup.totp.choiceBody')}
            onChoose={() => setPhase({ name: 'totp' })}
          />
          {hasSms ? (
            <Text size="sm" c="dark.5">
              {t('auth.setup.sms.alreadySet')}
            </Text>
          ) : (
            <MethodChoice
              title={t('auth.setup.sms.choice')}
              body={t('auth.setup.sms.choiceBody')}
              onChoose={() => setPhase({ name: 'sms' })}
            />
          )}
        </Stack>
      ) : null}
      {phase.name === 'totp' ? <TotpSetupPanel onAdded={added} /> : null}
      {phase.name === 'sms' ? <SmsSetupPanel onAdded={added} /> : null}
      {phase.name === 'codes' ? (
        <RecoveryCodesPanel
          codes={phase.codes}
          onDone={() => void finish()}
          doneLabel={t('auth.recoveryCodes.continue')}
        />
      ) : null}
      {phase.name === 'totp' || phase.name === 'sms' ? (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => setPhase({ name: 'choose' })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('auth.setup.otherMethod')}
        </Anchor>
      ) : null}
      {phase.name === 'codes' ? null : forced ? (
        <ForcedFooter />
      ) : (
        <Anchor component={Link} to={AUTH_PATHS.accountSecurity} size="sm">
          {t('auth.setup.backToSecurity')}
        </Anchor>
      )}
    </AuthCard>
  );
}

function MethodChoice({
  title,
  body,
  onChoose,
}: {
  title: string;
  body: string;
  onChoose: () => void;
}) {
  return (
    <UnstyledButton className={classes.choice} onClick={onChoose}>
      <Text fw={700} c="kringTeal.9">
        {title}
      </Text>
      <Text size="sm" c="dark.6" mt={4}>
        {body}
      </Text>
    </UnstyledButton>
  );
}

/** The required set-up cannot be skipped: the only way out is to log out. */
function ForcedFooter() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Stack gap="xs" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm" c="dark.5">
        {t('auth.setup.forcedLater')}
      </Text>
      {logout.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(logout.error, t)}
        </Alert>
      ) : null}
      <Button
        variant="default"
        loading={logout.isPending}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          logout.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) })
        }
      >
        {t('auth.menu.logout')}
      </Button>
    </Stack>
  );
}
