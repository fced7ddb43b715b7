import { StatusBadge, useFormat } from '@kring/common';
import { Alert, Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signedPdfUrl, type Refusal, type Signature } from '../api/orderSigning';
import type { StaffOrder } from '../api/orders';
import { DetailItem } from '../components/DetailItem';
import { SectionCard } from '../components/SectionCard';
import { ClearRefusalDialog } from './ClearRefusalDialog';
import { useAge } from './RefusalAge';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

/**
 * A Wlz order's signatures: what a signature binds (the content hash), each signature with its
 * signed PDF (superseded ones too, as evidence), and the refusals, the open one to be handled.
 */
export function SigningCard({ order, mayClear }: { order: StaffOrder; mayClear: boolean }) {
  const { t } = useTranslation();
  const [clearing, setClearing] = useState<Refusal | null>(null);
  const signing = order.signing;
  if (!signing) return null;
  return (
    <SectionCard id="order-signing" title={t('order.signing.title')} lead={t('order.signing.lead')}>
      {signing.off_signing_list ? (
        <Alert color="gray" variant="light">
          {t('order.signing.offList')}
        </Alert>
      ) : null}
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem labelWidth={170} label={t('order.signing.hash')}>
          <Code style={{ overflowWrap: 'anywhere', wordBreak: 'break-all' }}>
            {signing.content_sha256}
          </Code>
        </DetailItem>
      </Stack>
      <Title order={3} size="h4">
        {t('order.signing.signatures')}
      </Title>
      {signing.signatures.length === 0 ? (
        <Text size="sm">{t('order.signing.noSignatures')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={listStyle}>
          {signing.signatures.map((signature) => (
            <SignatureItem key={signature.id} orderId={order.id} signature={signature} />
          ))}
        </Stack>
      )}
      <Title order={3} size="h4">
        {t('order.signing.refusals')}
      </Title>
      {signing.refusals.length === 0 ? (
        <Text size="sm">{t('order.signing.noRefusals')}</Text>
      ) : (
        <Stack component="ul" gap="sm" style={listStyle}>
          {signing.refusals.map((refusal) => (
            <RefusalItem
              key={refusal.id}
              refusal={refusal}
              onClear={mayClear ? () => setClearing(refusal) : undefined}
            />
          ))}
        </Stack>
      )}
      <ClearRefusalDialog
        refusal={clearing ? { ...clearing, order_id: order.id, order_number: order.number } : null}
        onClose={() => setClearing(null)}
      />
    </SectionCard>
  );
}

const itemStyle = {
  border: '1px solid var(--mantine-color-gray-3)',
  borderRadius: 'var(--mantine-radius-sm)',
  overflowWrap: 'anywhere',
} as const;

function SignatureItem({ orderId, signature }: { orderId: string; signature: Signature }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = format.dateTime(signature.signed_at);
  return (
    <Stack component="li" gap={4} p="sm" style={itemStyle}>
      <Group gap="xs" justify="space-between" align="flex-start">
        <Text size="sm" fw={600}>
          {t('order.signing.signedBy', { name: signature.signer_name, when })}
        </Text>
        {signature.superseded_at ? (
          <StatusBadge color="gray" asWritten>
            {t('order.signing.superseded')}
          </StatusBadge>
        ) : (
          <StatusBadge color="kringTeal" asWritten>
            {t('order.signing.inForce')}
          </StatusBadge>
        )}
      </Group>
      <Text size="sm" c="dark.5">
        {t('order.signing.how', {
          method: t(`order.signing.method.${signature.method}`),
          factor: t(`order.signing.factor.${signature.second_factor}`),
        })}
      </Text>
      {signature.superseded_at ? (
        <Text size="sm" c="dark.5">
          {t('order.signing.supersededAt', { when: format.dateTime(signature.superseded_at) })}
        </Text>
      ) : null}
      <Anchor
        href={signedPdfUrl(orderId, signature.id)}
        download
        size="sm"
        aria-label={t('order.signing.pdfOf', { when })}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('order.signing.pdf')}
      </Anchor>
    </Stack>
  );
}

function RefusalItem({ refusal, onClear }: { refusal: Refusal; onClear?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = refusal.cleared_at === null;
  return (
    <Stack
      component="li"
      gap={4}
      p="sm"
      data-open={open || undefined}
      style={{
        ...itemStyle,
        ...(open
          ? {
              borderColor: 'var(--mantine-color-orange-6)',
              background: 'var(--mantine-color-orange-0)',
            }
          : {}),
      }}
    >
      <Group gap="xs" justify="space-between" align="flex-start">
        <RefusalText refusal={refusal} />
        {open ? (
          <StatusBadge color="orange" asWritten>
            {t('refusals.open')}
          </StatusBadge>
        ) : null}
      </Group>
      {open && onClear ? (
        <Group>
          <Button size="sm" onClick={onClear}>
            {t('refusals.clear.button')}
          </Button>
        </Group>
      ) : null}
      {!open ? (
        <Text size="sm" c="dark.5">
          {refusal.outcome ? t(`refusals.outcome.${refusal.outcome}`) : t('refusals.handled')}
          {' · '}
          {refusal.cleared_by_name
            ? t('refusals.clearedBy', {
                name: refusal.cleared_by_name,
                when: format.dateTime(refusal.cleared_at ?? ''),
              })
            : format.dateTime(refusal.cleared_at ?? '')}
          {refusal.clear_note ? ` · ${refusal.clear_note}` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}

function RefusalText({ refusal }: { refusal: Refusal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const age = useAge();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('order.signing.refusedBy', {
          name: refusal.refused_by_name,
          when: format.dateTime(refusal.refused_at),
        })}
        {refusal.cleared_at === null ? ` (${age(refusal.refused_at)})` : ''}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {t('order.signing.reason', { reason: refusal.reason })}
      </Text>
    </Stack>
  );
}
