import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useZodForm } from '../../forms/useZodForm';
import type { App } from '../../shell/portals';
import { membershipsOf, useChangeEmail, type Me } from '../api/me';
import { ErrorSummary } from '../ErrorSummary';
import { summaryFieldErrors } from '../../forms/submitErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';

/**
 * My e-mail address. Partner and provider accounts change it themselves: a link goes to the new
 * address, and the change happens (and every session ends) when it is opened. Accounts that an
 * organisation or Kring manages (members, staff, the pro portal) see it read-only.
 */
export function EmailCard({ me, portal }: { me: Me; portal: App }) {
  const { t } = useTranslation();
  // Where the confirmation link sends the person back to; no self-service in the pro portal
  // or the staff console.
  const selfService =
    portal !== 'pro' && portal !== 'admin' && membershipsOf(me).length === 0 && !me.staff_role
      ? portal
      : null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="security-email-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="security-email-title">
          {t('auth.security.emailTitle')}
        </Title>
        <Stack gap={2}>
          <Text size="sm" c="dark.5">
            {t('auth.security.emailCurrent')}
          </Text>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="current-email">
            {me.email}
          </Text>
        </Stack>
        {selfService ? (
          <EmailChangeForm portal={selfService} />
        ) : (
          <Text size="sm">
            {me.staff_role
              ? t('auth.security.emailByStaff')
              : t('auth.security.emailByOrganisation')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function EmailChangeForm({ portal }: { portal: 'partner' | 'provider' }) {
  const { t } = useTranslation();
  const changeEmail = useChangeEmail();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        new_email: z
          .string()
          .trim()
          .min(1, t('auth.fields.emailRequired'))
          .email(t('auth.fields.emailInvalid')),
      }),
    [t],
  );
  const form = useZodForm(schema, {
    defaultValues: { new_email: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const fields = [
    { name: 'new_email', id: 'security-new-email', label: t('auth.security.newEmail') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    ['new_email'],
    async ({ new_email }) => {
      setSentTo(null);
      await changeEmail.mutateAsync({ new_email, portal });
      form.reset();
      setSentTo(new_email);
    },
  );
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={440}>
        {sentTo ? (
          <Alert
            color="kringTeal"
            variant="light"
            role="status"
            styles={{ message: { overflowWrap: 'anywhere' } }}
          >
            {t('auth.security.emailSent', { email: sentTo })}
          </Alert>
        ) : null}
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <TextInput
          id="security-new-email"
          label={t('auth.security.newEmail')}
          description={t('auth.security.newEmailHint')}
          type="email"
          autoComplete="email"
          required
          {...form.register('new_email')}
          error={errors.new_email?.message}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('auth.security.changeEmail')}
        </Button>
      </Stack>
    </form>
  );
}
