import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRestoreProvider, useSuspendProvider, type Provider } from '../api/providers';
import { ConfirmDialog } from '../people/ConfirmDialog';

/** Take a provider's profile offline with a reason the provider is told, or lift it. */
export function SuspensionCard({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const suspend = useSuspendProvider(provider.id);
  const restore = useRestoreProvider(provider.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const suspended = provider.status === 'suspended';
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="provider-suspension">
      <Stack gap="md" align="flex-start">
        <Title order={2} size="h3" id="provider-suspension">
          {t('provider.suspension.title')}
        </Title>
        {suspended ? (
          <Text size="sm">
            {t('provider.suspension.because', { reason: provider.suspended_reason ?? '–' })}
          </Text>
        ) : (
          <Text size="sm">{t('provider.suspension.lead')}</Text>
        )}
        <Button
          variant="outline"
          color={suspended ? undefined : 'red.9'}
          onClick={() => setOpen(true)}
        >
          {suspended ? t('provider.suspension.restore') : t('provider.suspension.suspend')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={open}
        title={
          suspended ? t('provider.suspension.restoreTitle') : t('provider.suspension.suspendTitle')
        }
        confirmLabel={
          suspended ? t('provider.suspension.restore') : t('provider.suspension.suspend')
        }
        danger={!suspended}
        onConfirm={async () => {
          if (suspended) await restore.mutateAsync();
          else await suspend.mutateAsync(reason.trim());
          setReason('');
        }}
        onClose={() => setOpen(false)}
      >
        {suspended ? (
          <Text size="sm">{t('provider.suspension.restoreWhat', { name: provider.name })}</Text>
        ) : (
          <Textarea
            id="suspension-reason"
            label={t('provider.suspension.reason')}
            description={t('provider.suspension.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={500}
            minLength={3}
            required
            rows={3}
          />
        )}
      </ConfirmDialog>
    </Card>
  );
}
