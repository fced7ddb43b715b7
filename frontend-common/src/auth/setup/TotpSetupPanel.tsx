import {
  Alert,
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../states/LoadingState';
import { useConfirmTotp, useStartTotp } from '../api/secondFactor';
import { errorMessage } from '../../forms/submitErrors';
import { ConfirmCodeForm } from './ConfirmCodeForm';

/** The secret in groups of four, as authenticator apps show it: easier to type over. */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/**
 * The QR code as an image: the API's SVG goes into a `data:` URL, so it is drawn but never run
 * or put into the page as markup (an SVG image cannot run scripts or load anything). The API
 * sends SVG for inlining, without the namespace and `viewBox` a stand-alone image needs; both
 * are added when missing.
 */
export function qrImageSource(svg: string): string | undefined {
  const match = /^(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/i.exec(svg.trim());
  if (!match) return undefined;
  let attributes = match[1] ?? '';
  if (!/\sxmlns=/.test(attributes)) attributes += ' xmlns="http://www.w3.org/2000/svg"';
  const width = /\swidth="(\d+(?:\.\d+)?)"/.exec(attributes)?.[1];
  const height = /\sheight="(\d+(?:\.\d+)?)"/.exec(attributes)?.[1];
  if (!/\sviewBox=/i.test(attributes) && width && height) {
    attributes += ` viewBox="0 0 ${width} ${height}"`;
  }
  const markup = `<svg${attributes}>${svg.trim().slice(match[0].length)}`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
}

/**
 * Adding an authenticator app: the API makes a secret (shown as a QR code and as text), the
 * person adds it to the app and confirms with the first code.
 */
export function TotpSetupPanel({ onAdded }: { onAdded: (codes: string[] | null) => void }) {
  const { t } = useTranslation();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const started = useRef(false);
  const { mutate } = start;

  useEffect(() => {
    // Once, also under React's strict mode: each start makes a new secret.
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  if (start.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <Alert color="red" variant="light" role="alert" w="100%">
          {errorMessage(start.error, t)}
        </Alert>
        <Button variant="light" onClick={() => mutate()}>
          {t('common.states.retry')}
        </Button>
      </Stack>
    );
  }
  if (!start.data) return <LoadingState label={t('auth.setup.totp.starting')} />;

  const setup = start.data;
  const qr = qrImageSource(setup.qr_svg);
  return (
    <Stack gap="lg">
      <List type="ordered" spacing="md" styles={{ itemWrapper: { display: 'block' } }}>
        <List.Item>
          <Text>{t('auth.setup.totp.step1')}</Text>
        </List.Item>
        <List.Item>
          <Stack gap="sm">
            <Text>{t('auth.setup.totp.step2')}</Text>
            {qr ? (
              <Box
                p="xs"
                bg="white"
                style={{ alignSelf: 'flex-start', border: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Image src={qr} alt={t('auth.setup.totp.qrAlt')} w={200} h={200} fit="contain" />
              </Box>
            ) : null}
            <Text size="sm">{t('auth.setup.totp.cannotScan')}</Text>
            <Group gap="xs" wrap="wrap">
              <Code
                fz="md"
                px="sm"
                py={6}
                data-testid="totp-secret"
                aria-label={t('auth.setup.totp.secretLabel')}
                style={{ wordBreak: 'break-word', letterSpacing: '0.05em' }}
              >
                {groupSecret(setup.secret)}
              </Code>
              <CopyButton value={setup.secret.replace(/\s+/g, '')}>
                {({ copied, copy }) => (
                  <Button variant="light" size="compact-sm" onClick={copy}>
                    {copied ? t('auth.setup.copied') : t('auth.setup.totp.copySecret')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </List.Item>
        <List.Item>
          <Stack gap="sm">
            <Text>{t('auth.setup.totp.step3')}</Text>
            <ConfirmCodeForm
              id="totp-code"
              label={t('auth.setup.totp.codeLabel')}
              submitLabel={t('auth.setup.confirm')}
              confirm={async (code) => {
                const added = await confirm.mutateAsync({ factorId: setup.factor_id, code });
                onAdded(added.recovery_codes ?? null);
              }}
            />
          </Stack>
        </List.Item>
      </List>
    </Stack>
  );
}
