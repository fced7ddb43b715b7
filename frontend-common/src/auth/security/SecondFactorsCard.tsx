import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useFormat } from '../../format/useFormat';
import { ErrorState } from '../../states/ErrorState';
import { LoadingState } from '../../states/LoadingState';
import {
  useRemoveFactor,
  useRenewRecoveryCodes,
  useSecurity,
  type FactorInfo,
} from '../api/secondFactor';
import { AUTH_PATHS, withNext } from '../paths';
import { RecoveryCodesPanel } from '../setup/RecoveryCodesPanel';
import { errorMessage } from '../../forms/submitErrors';

/**
 * My second factors: which I have, adding one, removing an app, and new recovery codes. Every
 * change may ask for a step-up first; the API's refusals (the last factor of an account that
 * requires 2FA, the SMS number) are shown in its own words.
 */
export function SecondFactorsCard() {
  const { t } = useTranslation();
  const security = useSecurity();
  const location = useLocation();
  const renew = useRenewRecoveryCodes();
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const added = (location.state as { secondFactorAdded?: boolean } | null)?.secondFactorAdded;
  const setupLink = withNext(AUTH_PATHS.secondFactorSetup, AUTH_PATHS.accountSecurity);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="security-2fa-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="security-2fa-title">
            {t('auth.security.factorsTitle')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('auth.security.factorsLead')}
          </Text>
        </Stack>
        {added ? (
          <Alert color="kringTeal" variant="light" role="status">
            {t('auth.security.factorAdded')}
          </Alert>
        ) : null}
        {security.isPending ? (
          <LoadingState />
        ) : security.isError ? (
          <ErrorState error={security.error} onRetry={() => void security.refetch()} />
        ) : newCodes ? (
          <RecoveryCodesPanel
            codes={newCodes}
            onDone={() => setNewCodes(null)}
            doneLabel={t('auth.recoveryCodes.done')}
          />
        ) : (
          <>
            <Text fw={600} data-testid="mfa-status">
              {security.data.factors.length > 0
                ? t('auth.security.mfaOn')
                : security.data.mfa_required
                  ? t('auth.security.mfaRequiredOff')
                  : t('auth.security.mfaOff')}
            </Text>
            {security.data.factors.length > 0 ? (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {security.data.factors.map((factor) => (
                  <FactorRow key={factor.id} factor={factor} />
                ))}
              </Stack>
            ) : null}
            <Group gap="sm">
              <Button component={Link} to={setupLink} variant="light">
                {security.data.factors.length > 0
                  ? t('auth.security.addFactor')
                  : t('auth.security.setUpFactor')}
              </Button>
            </Group>
            {security.data.factors.length > 0 ? (
              <Stack
                gap="xs"
                pt="sm"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Title order={3} size="h5">
                  {t('auth.security.recoveryTitle')}
                </Title>
                <Text size="sm">
                  {t('auth.security.recoveryLeft', { count: security.data.recovery_codes_left })}
                </Text>
                {renew.isError ? (
                  <Alert color="red" variant="light" role="alert">
                    {errorMessage(renew.error, t)}
                  </Alert>
                ) : null}
                <Button
                  variant="default"
                  loading={renew.isPending}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() =>
                    renew.mutate(undefined, {
                      onSuccess: (answer) => setNewCodes(answer.recovery_codes),
                    })
                  }
                >
                  {t('auth.security.renewCodes')}
                </Button>
              </Stack>
            ) : null}
          </>
        )}
      </Stack>
    </Card>
  );
}

function FactorRow({ factor }: { factor: FactorInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRemoveFactor();
  const [confirming, setConfirming] = useState(false);
  const name =
    factor.kind === 'totp'
      ? t('auth.security.factor.totp')
      : t('auth.security.factor.sms', { ending: factor.phone_ending ?? '' });

  return (
    <Card component="li" withBorder padding="md" radius="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
          <Group gap="xs">
            <Text fw={600}>{name}</Text>
            <Badge color="kringTeal" variant="light">
              {t('auth.security.factorActive')}
            </Badge>
          </Group>
          {factor.confirmed_at ? (
            <Text size="sm" c="dark.5">
              {t('auth.security.factorSince', { when: format.date(factor.confirmed_at) })}
            </Text>
          ) : null}
          {factor.kind === 'sms' ? (
            <Text size="sm" c="dark.5">
              {t('auth.security.smsByStaff')}
            </Text>
          ) : null}
        </Stack>
        {factor.kind === 'totp' && !confirming ? (
          <Button
            variant="light"
            color="red"
            size="sm"
            onClick={() => setConfirming(true)}
            aria-label={t('auth.security.removeNamed', { name })}
          >
            {t('auth.security.remove')}
          </Button>
        ) : null}
      </Group>
      {confirming ? (
        <Stack gap="xs" mt="sm">
          <Text size="sm">{t('auth.security.removeConfirm')}</Text>
          <Group gap="sm">
            <Button
              color="red"
              size="sm"
              loading={remove.isPending}
              onClick={() => remove.mutate(factor.id, { onSettled: () => setConfirming(false) })}
            >
              {t('auth.security.removeYes')}
            </Button>
            <Button variant="default" size="sm" onClick={() => setConfirming(false)}>
              {t('auth.security.removeNo')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      {remove.isError ? (
        <Alert color="red" variant="light" role="alert" mt="sm">
          {errorMessage(remove.error, t)}
        </Alert>
      ) : null}
    </Card>
  );
}
