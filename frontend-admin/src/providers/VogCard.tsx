import { errorMessage, useFormat } from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmVog, useRejectVog, vogFileUrl, type Provider } from '../api/providers';
import { vogStatusOf } from './ProviderStatusBadge';

/**
 * The certificate of conduct: open the file, then confirm it with its date of issue or reject
 * it with a reason. Both name the file's version, so a newer upload is never confirmed unseen.
 */
export function VogCard({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vog = provider.vog;
  const status = vogStatusOf(provider);
  const confirm = useConfirmVog(provider.id);
  const reject = useRejectVog(provider.id);
  const [issuedOn, setIssuedOn] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState<'confirm' | 'reject' | null>(null);
  const failed = confirm.error ?? reject.error;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="provider-vog">
      <Stack gap="md">
        <Title order={2} size="h3" id="provider-vog">
          {t('provider.vog.title')}
        </Title>
        <Text size="sm">
          {status ? t(`providers.vog.${status}`) : t('provider.vog.notNeeded')}
          {vog
            ? ` · ${t('provider.vog.uploaded', { when: format.dateTime(vog.uploaded_at) })}`
            : ''}
        </Text>
        {vog?.issued_on ? (
          <Text size="sm">{t('provider.vog.issuedOn', { day: format.day(vog.issued_on) })}</Text>
        ) : null}
        {vog?.rejection_reason ? (
          <Text size="sm">
            {t('provider.vog.rejectedBecause', { reason: vog.rejection_reason })}
          </Text>
        ) : null}
        {vog ? (
          <Anchor href={vogFileUrl(provider.id)} target="_blank" rel="noopener" fw={600}>
            {t('provider.vog.open')}
          </Anchor>
        ) : null}
        {vog && vog.status === 'waiting' ? (
          <Stack gap="sm">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                id="vog-issued-on"
                type="date"
                label={t('provider.vog.issuedOnLabel')}
                value={issuedOn}
                onChange={(event) => setIssuedOn(event.currentTarget.value)}
                error={
                  tried === 'confirm' && !issuedOn ? t('provider.vog.issuedOnRequired') : undefined
                }
                style={{ flex: '1 1 200px' }}
              />
              <Button
                loading={confirm.isPending}
                onClick={() => {
                  setTried('confirm');
                  if (issuedOn) confirm.mutate({ version: vog.version, issued_on: issuedOn });
                }}
              >
                {t('provider.vog.confirm')}
              </Button>
            </Group>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Textarea
                id="vog-reason"
                label={t('provider.vog.reasonLabel')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={
                  tried === 'reject' && reason.trim().length < 3
                    ? t('provider.vog.reasonRequired')
                    : undefined
                }
                maxLength={500}
                rows={3}
                style={{ flex: '1 1 200px' }}
              />
              <Button
                color="red.9"
                variant="outline"
                loading={reject.isPending}
                onClick={() => {
                  setTried('reject');
                  if (reason.trim().length >= 3) {
                    reject.mutate({ version: vog.version, reason: reason.trim() });
                  }
                }}
              >
                {t('provider.vog.reject')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {failed ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failed, t)}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
