import { errorMessage, useFormat } from '@kring/common';
import { Alert, Anchor, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderProfile } from '../../api/profile';
import { MAX_UPLOAD_BYTES, useUploadVog, type Vog } from '../../api/uploads';
import { FileDrop } from '../upload/FileDrop';

const STATUS_COLOURS = { waiting: 'kringClay', confirmed: 'kringTeal', rejected: 'red' } as const;

/**
 * The certificate of conduct (VOG) of a provider with a KvK number ("Het enige wat je nodig
 * hebt is een KvK-inschrijfnummer en een verklaring van gedrag"): uploaded as a PDF, stored at
 * once apart from the step's form, and checked by Kring. Shows where the check stands (waiting,
 * confirmed with its date of issue, or rejected with Kring's reason), the file to look at, and
 * a way to upload another, which Kring checks again.
 */
export function VogField({
  profile,
  headingOrder,
}: {
  profile: ProviderProfile | null;
  headingOrder: 2 | 3;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useUploadVog();
  const [notice, setNotice] = useState('');
  const vog = profile?.vog ?? null;
  const live = profile?.status === 'live';

  const pick = {
    id: 'company-vog-file',
    hint: t('vog.fileHint', { max: format.fileSize(MAX_UPLOAD_BYTES) }),
    accept: 'application/pdf',
    maxBytes: MAX_UPLOAD_BYTES,
    busy: upload.isPending,
    error: upload.error ? errorMessage(upload.error, t) : null,
    onFile: (file: File) => {
      setNotice('');
      upload.mutate(file, { onSuccess: () => setNotice(t('vog.uploaded')) });
    },
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="company-vog-title" id="vog">
      <Stack gap={4}>
        <Title order={headingOrder} size="h4" id="company-vog-title">
          {t('vog.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('vog.lead')}
        </Text>
      </Stack>
      {vog ? (
        <Paper withBorder radius="md" p="sm" data-testid="vog">
          <Stack gap="sm">
            <VogStatus vog={vog} />
            <Stack gap={2}>
              <Anchor href={vog.url} download fw={700} style={{ alignSelf: 'flex-start' }}>
                {t('vog.download')}
              </Anchor>
              <Text size="sm" c="dark.5">
                {t('vog.file', {
                  size: format.fileSize(vog.bytes),
                  date: format.date(vog.uploaded_at),
                })}
              </Text>
            </Stack>
            {vog.status === 'rejected' ? null : (
              <Text size="sm" c="dark.5">
                {live ? t('vog.replaceLive') : t('vog.replace')}
              </Text>
            )}
            <FileDrop compact label={t('vog.chooseOther')} {...pick} />
          </Stack>
        </Paper>
      ) : (
        <FileDrop label={t('vog.choose')} {...pick} />
      )}
      <Text role="status" size="sm" c="kringTeal.9" fw={500}>
        {notice}
      </Text>
    </Stack>
  );
}

/** Where Kring's check stands, in words (the badge's colour only repeats it). */
function VogStatus({ vog }: { vog: Vog }) {
  const { t } = useTranslation();
  const format = useFormat();
  const badge = (
    <Badge color={STATUS_COLOURS[vog.status]} variant="light" size="lg" radius="sm">
      {t(`vog.status.${vog.status}`)}
    </Badge>
  );
  if (vog.status === 'rejected') {
    return (
      <Alert color="red" variant="light" title={t('vog.rejectedTitle')} data-testid="vog-rejected">
        <Stack gap={6}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {vog.rejection_reason}
          </Text>
          <Text size="sm">{t('vog.rejectedBody')}</Text>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      {badge}
      <Text size="sm">
        {vog.status === 'confirmed' && vog.issued_on
          ? t('vog.confirmedBody', { date: format.date(vog.issued_on) })
          : t('vog.waitingBody')}
      </Text>
    </Stack>
  );
}
