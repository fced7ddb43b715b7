import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useFormat } from '../format/useFormat';
import { useZodForm } from '../forms/useZodForm';
import type { App } from '../shell/portals';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ErrorState } from '../states/ErrorState';
import { LoadingState } from '../states/LoadingState';
import { useChangePassword, useMe, type Me } from './api/me';
import { sessionKeys, useRevokeSession, useSessions, type SessionInfo } from './api/sessions';
import { describeUserAgent } from './deviceName';
import { ErrorSummary } from './ErrorSummary';
import { NewPasswordField, PasswordField } from './PasswordField';
import { newPasswordSchema } from './NewPasswordFields';
import { EmailCard } from './security/EmailCard';
import { SecondFactorsCard } from './security/SecondFactorsCard';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

export interface AccountSecurityPageProps {
  /** E-mail changes send the person back to this portal (none in pro). */
  portal: App;
}

/**
 * Account security: my second factors, my e-mail address, my password, and the sessions on my
 * devices (which I can end).
 */
export function AccountSecurityPage({ portal }: AccountSecurityPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.security.title'), t('app.name'));
  const me = useMe();
  return (
    <Stack maw={760} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('auth.security.title')}
        </Title>
        <Text c="dark.5">{t('auth.security.lead')}</Text>
      </Stack>
      <SecondFactorsCard />
      {me.data ? <EmailCard me={me.data} portal={portal} /> : null}
      {me.data ? <ChangePasswordCard me={me.data} /> : null}
      <SessionsCard />
    </Stack>
  );
}

function ChangePasswordCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState(false);
  const schema = useMemo(
    () =>
      z
        .object({ current_password: z.string().min(1, t('auth.fields.passwordRequired')) })
        .and(newPasswordSchema(t)),
    [t],
  );
  const form = useZodForm(schema, {
    defaultValues: { current_password: '', new_password: '', repeat_password: '' },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const password = useWatch({ control: form.control, name: 'new_password' });
  const fields = [
    { name: 'current_password', id: 'security-current', label: t('auth.fields.currentPassword') },
    { name: 'new_password', id: 'security-new', label: t('auth.fields.newPassword') },
    { name: 'repeat_password', id: 'security-repeat', label: t('auth.fields.repeatPassword') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    ['current_password', 'new_password'],
    async ({ current_password, new_password }) => {
      setChanged(false);
      await changePassword.mutateAsync({ current_password, new_password });
      form.reset();
      setChanged(true);
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    },
  );
  const { errors, isSubmitting } = form.formState;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="security-password-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="security-password-title">
          {t('auth.security.passwordTitle')}
        </Title>
        {changed ? (
          <Alert color="kringTeal" variant="light" role="status">
            {t('auth.security.passwordChanged')}
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md" maw={440}>
            <ErrorSummary
              messages={formErrors}
              fieldErrors={summaryFieldErrors(errors, fields)}
              attempt={attempt}
            />
            <PasswordField
              id="security-current"
              label={t('auth.fields.currentPassword')}
              autoComplete="current-password"
              required
              {...form.register('current_password')}
              error={errors.current_password?.message}
            />
            <NewPasswordField
              id="security-new"
              label={t('auth.fields.newPassword')}
              required
              password={password}
              email={me.email}
              firstName={me.first_name}
              {...form.register('new_password')}
              error={errors.new_password?.message}
            />
            <PasswordField
              id="security-repeat"
              label={t('auth.fields.repeatPassword')}
              autoComplete="new-password"
              required
              {...form.register('repeat_password')}
              error={errors.repeat_password?.message}
            />
            <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
              {t('auth.security.changePassword')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useSessions();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="security-sessions-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="security-sessions-title">
            {t('auth.security.sessionsTitle')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('auth.security.sessionsLead')}
          </Text>
        </Stack>
        {sessions.isPending ? (
          <LoadingState />
        ) : sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {[...sessions.data]
              .sort((a, b) => Number(b.current) - Number(a.current))
              .map((session) => (
                <SessionRow key={session.id} session={session} />
              ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function SessionRow({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeSession();
  const { browser, system } = describeUserAgent(session.user_agent);
  const device =
    browser && system
      ? t('auth.security.deviceOn', { browser, system })
      : (browser ?? system ?? t('auth.security.unknownDevice'));
  return (
    <Card
      component="li"
      withBorder
      padding="md"
      radius="md"
      bg={session.current ? 'kringTeal.0' : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
          <Group gap="xs">
            <Text fw={600}>{device}</Text>
            {session.current ? (
              <Badge color="kringTeal" variant="filled">
                {t('auth.security.thisDevice')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dark.5">
            {t('auth.security.lastSeen', { when: format.dateTime(session.last_seen_at) })}
          </Text>
          <Text size="sm" c="dark.5">
            {t('auth.security.since', { when: format.dateTime(session.created_at) })}
            {session.ip ? ` · ${t('auth.security.ip', { ip: session.ip })}` : ''}
          </Text>
        </Stack>
        {session.current ? null : (
          <Button
            variant="light"
            color="red"
            size="sm"
            loading={revoke.isPending}
            onClick={() => revoke.mutate(session.id)}
            aria-label={t('auth.security.revokeNamed', { device })}
          >
            {t('auth.security.revoke')}
          </Button>
        )}
      </Group>
      {revoke.isError ? (
        <Text size="sm" c="red.8" role="alert" mt="xs">
          {t('auth.security.revokeFailed')}
        </Text>
      ) : null}
    </Card>
  );
}
