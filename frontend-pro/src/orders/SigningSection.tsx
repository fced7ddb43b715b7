import { useFormat } from '@kring/common';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from '../api/orders';
import {
  canSign,
  currentSignature,
  signedPdfHref,
  useDownloadSignedPdf,
  type OrderSigning,
  type Signature,
} from '../api/signing';
import { signOrdersPath } from '../paths';
import { RefusedBadge } from './OrderBadges';
import { PdfLink } from './PdfLink';
import { RefuseDialog } from './RefuseDialog';

/**
 * "Handtekening" on a Wlz order's page: to sign (here, or refuse), refused (why, when, by whom),
 * taken off the signing list, or signed (by whom, when, how, with which second factor, and the
 * signed PDF); earlier signatures that a change of the order replaced, each with its PDF.
 */
export function SigningSection({ order, signing }: { order: Order; signing: OrderSigning }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refusing, setRefusing] = useState(false);
  const current = currentSignature(signing);
  const superseded = signing.signatures.filter((signature) => signature.superseded_at !== null);
  const refusal = signing.open_refusal;
  // The last refusal the branch dealt with by taking the order off the list.
  const removal = signing.off_signing_list
    ? signing.refusals.find((item) => item.outcome === 'remove')
    : undefined;

  let body;
  if (refusal) {
    body = (
      <Stack gap="xs" data-testid="signing-refused">
        <Group gap="xs">
          <RefusedBadge />
        </Group>
        <Text size="sm">
          {t('orders.signing.refusedBy', {
            name: refusal.refused_by_name,
            date: format.dateTime(refusal.refused_at),
          })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          <Text span fw={700} inherit>
            {t('orders.signing.reason')}:
          </Text>{' '}
          {refusal.reason}
        </Text>
        <Text size="sm">{t('orders.signing.branchCalls')}</Text>
      </Stack>
    );
  } else if (signing.off_signing_list) {
    body = (
      <Stack gap="xs" data-testid="signing-off-list">
        <Text size="sm">{t('orders.signing.offList')}</Text>
        {removal?.clear_note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            <Text span fw={700} inherit>
              {t('orders.signing.branchNote')}:
            </Text>{' '}
            {removal.clear_note}
          </Text>
        ) : null}
      </Stack>
    );
  } else if (current) {
    body = <SignatureFacts order={order} signature={current} testId="signing-signed" />;
  } else if (canSign(order)) {
    body = (
      <Stack gap="sm" data-testid="signing-to-sign">
        <Text size="sm">{t('orders.signing.toSign')}</Text>
        <Group gap="sm">
          <Button component={Link} to={signOrdersPath([order.id])}>
            {t('orders.signing.signThis')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setRefusing(true)}>
            {t('orders.sign.refuse')}
          </Button>
        </Group>
        <RefuseDialog
          order={order}
          opened={refusing}
          onClose={() => setRefusing(false)}
          onRefused={() => setRefusing(false)}
        />
      </Stack>
    );
  } else {
    body = <Text size="sm">{t('orders.signing.notNeeded')}</Text>;
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="order-signing">
      <Stack gap="md">
        <Title order={2} size="h3" id="order-signing">
          {t('orders.signing.title')}
        </Title>
        {body}
        {superseded.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h5" id="order-signing-superseded">
              {t('orders.signing.supersededTitle')}
            </Title>
            <Stack
              component="ul"
              gap="sm"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-labelledby="order-signing-superseded"
            >
              {superseded.map((signature) => (
                <li key={signature.id}>
                  <Alert color="gray" variant="light" p="sm">
                    <Text size="sm" fw={700}>
                      {t('orders.signing.supersededAt', {
                        date: format.dateTime(signature.superseded_at ?? ''),
                      })}
                    </Text>
                    <SignatureFacts order={order} signature={signature} />
                  </Alert>
                </li>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Who signed, when, how and with which second factor, and the signed PDF. */
function SignatureFacts({
  order,
  signature,
  testId,
}: {
  order: Pick<Order, 'id' | 'number'>;
  signature: Signature;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const download = useDownloadSignedPdf();
  const lineId = `signature-${signature.id}`;
  return (
    <Stack gap={6} data-testid={testId}>
      <Text size="sm" id={lineId}>
        {t('orders.signing.signedBy', {
          name: signature.signer_name,
          date: format.dateTime(signature.signed_at),
          method: t(`orders.signing.method.${signature.method}`),
          factor: t(`orders.signing.factor.${signature.second_factor}`),
        })}
      </Text>
      <PdfLink
        href={signedPdfHref(order.id, signature.id)}
        describedBy={lineId}
        onDownload={() =>
          download.mutateAsync({
            orderId: order.id,
            signatureId: signature.id,
            fallbackName: `${order.number}-ondertekend.pdf`,
          })
        }
      >
        {t('orders.signed.download')}
      </PdfLink>
    </Stack>
  );
}
