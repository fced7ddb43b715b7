import { Alert, Box, Button, Checkbox, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface RecoveryCodesPanelProps {
  codes: readonly string[];
  /** The person confirmed they stored the codes. */
  onDone: () => void;
  doneLabel: string;
}

/** The codes as a text file: a line to say what they are, then one code a line. */
export function recoveryCodesText(codes: readonly string[], heading: string): string {
  return [heading, '', ...codes, ''].join('\n');
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * The ten recovery codes, shown once (the API keeps only their hashes): copy or download them,
 * and say you stored them before going on.
 */
export function RecoveryCodesPanel({ codes, onDone, doneLabel }: RecoveryCodesPanelProps) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [reminded, setReminded] = useState(false);
  const text = recoveryCodesText(codes, t('auth.recoveryCodes.fileHeading'));

  return (
    <Stack gap="md" data-testid="recovery-codes">
      <Title order={2} size="h3">
        {t('auth.recoveryCodes.title')}
      </Title>
      <Text>{t('auth.recoveryCodes.lead')}</Text>
      <Alert color="kringClay" variant="light">
        {t('auth.recoveryCodes.once')}
      </Alert>
      <Box
        component="ol"
        aria-label={t('auth.recoveryCodes.listLabel')}
        p="md"
        m={0}
        bg="white"
        style={{
          listStyle: 'none',
          border: '1px solid var(--mantine-color-gray-4)',
          borderRadius: 'var(--mantine-radius-md)',
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: '6px var(--mantine-spacing-md)',
        }}
      >
        {codes.map((code) => (
          <Text component="li" key={code} ff="monospace" fz="md" data-testid="recovery-code">
            {code}
          </Text>
        ))}
      </Box>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? t('auth.setup.copied') : t('auth.recoveryCodes.copy')}
            </Button>
          )}
        </CopyButton>
        <Button variant="light" onClick={() => download(text, 'kring-recovery-codes.txt')}>
          {t('auth.recoveryCodes.download')}
        </Button>
      </Group>
      <Checkbox
        id="recovery-stored"
        label={t('auth.recoveryCodes.stored')}
        checked={stored}
        onChange={(event) => setStored(event.currentTarget.checked)}
        error={reminded && !stored ? t('auth.recoveryCodes.storedRequired') : undefined}
      />
      <Button
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          if (stored) onDone();
          else setReminded(true);
        }}
      >
        {doneLabel}
      </Button>
    </Stack>
  );
}
