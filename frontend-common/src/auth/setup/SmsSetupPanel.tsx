import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useZodForm } from '../../forms/useZodForm';
import { useConfirmSms, useStartSms, type FactorInfo } from '../api/secondFactor';
import { ErrorSummary } from '../ErrorSummary';
import { errorMessage, summaryFieldErrors } from '../../forms/submitErrors';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ConfirmCodeForm } from './ConfirmCodeForm';

/**
 * Adding a mobile number for text-message codes: the number (mobile only: the API names a
 * landline on the field), then the code it received. A new code can be sent to the same number.
 */
export function SmsSetupPanel({ onAdded }: { onAdded: (codes: string[] | null) => void }) {
  const { t } = useTranslation();
  const startSms = useStartSms();
  const confirmSms = useConfirmSms();
  const [sent, setSent] = useState<{ phone: string; factor: FactorInfo; times: number } | null>(
    null,
  );
  const [resendError, setResendError] = useState<string | null>(null);

  const resend = async () => {
    if (!sent) return;
    setResendError(null);
    try {
      const factor = await startSms.mutateAsync(sent.phone);
      setSent({ phone: sent.phone, factor, times: sent.times + 1 });
    } catch (error) {
      setResendError(errorMessage(error, t));
    }
  };

  if (!sent) {
    return (
      <PhoneForm
        onSent={(phone, factor) => setSent({ phone, factor, times: 1 })}
        send={(phone) => startSms.mutateAsync(phone)}
      />
    );
  }
  return (
    <Stack gap="md">
      <Alert color="kringTeal" variant="light" role="status" data-testid="sms-setup-sent">
        {t(sent.times === 1 ? 'auth.setup.sms.sent' : 'auth.setup.sms.sentAgain', {
          ending: sent.factor.phone_ending ?? '',
        })}
      </Alert>
      <ConfirmCodeForm
        id="sms-code"
        label={t('auth.setup.sms.codeLabel')}
        description={t('auth.setup.sms.codeHint')}
        submitLabel={t('auth.setup.confirm')}
        confirm={async (code) => {
          const added = await confirmSms.mutateAsync({ factorId: sent.factor.id, code });
          onAdded(added.recovery_codes ?? null);
        }}
      />
      {resendError ? (
        <Alert color="red" variant="light" role="alert">
          {resendError}
        </Alert>
      ) : null}
      <Group gap="lg">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => void resend()}
          disabled={startSms.isPending}
        >
          {t('auth.setup.sms.resend')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={() => setSent(null)}>
          {t('auth.setup.sms.otherNumber')}
        </Anchor>
      </Group>
    </Stack>
  );
}

function PhoneForm({
  send,
  onSent,
}: {
  send: (phone: string) => Promise<FactorInfo>;
  onSent: (phone: string, factor: FactorInfo) => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        phone: z
          .string()
          .trim()
          .min(1, t('auth.setup.sms.phoneRequired'))
          .max(30, t('auth.setup.sms.phoneInvalid'))
          .regex(/^\+?[\d\s().-]{8,}$/, t('auth.setup.sms.phoneInvalid')),
      }),
    [t],
  );
  const form = useZodForm(schema, {
    defaultValues: { phone: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const fields = [{ name: 'phone', id: 'sms-phone', label: t('auth.setup.sms.phone') }] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, ['phone'], async ({ phone }) => {
    onSent(phone, await send(phone));
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={360}>
        <Text>{t('auth.setup.sms.lead')}</Text>
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <TextInput
          id="sms-phone"
          label={t('auth.setup.sms.phone')}
          description={t('auth.setup.sms.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          {...form.register('phone')}
          error={errors.phone?.message}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('auth.setup.sms.send')}
        </Button>
      </Stack>
    </form>
  );
}
