import { useFormat } from '@kring/common';
import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Fee } from '../../api/profile';
import { StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';

/** Only for the types: these steps open once the profile exists, with its fee. */
const NO_FEE: Fee = { net_cents: 0, vat_cents: 0, total_cents: 0, vat_percent: 0 };

/** The one-time administrative fee: net, VAT and the total including VAT. */
export function FeeTable({ fee }: { fee: Fee }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { label: t('wizard.payment.net'), amount: fee.net_cents },
    { label: t('wizard.payment.vat', { percent: fee.vat_percent }), amount: fee.vat_cents },
  ];
  return (
    <Table
      withTableBorder
      bg="white"
      maw={420}
      verticalSpacing="sm"
      captionSide="top"
      data-testid="fee-table"
    >
      <Table.Caption ta="left" fw={700} c="dark.9" mb={4}>
        {t('wizard.payment.fee')}
      </Table.Caption>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={400}>
              {row.label}
            </Table.Th>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {format.money(row.amount)}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('wizard.payment.total', { percent: fee.vat_percent })}</Table.Th>
          <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {format.money(fee.total_cents)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/**
 * Step "Betaling": what the fee is and what it does (the profile goes live when it is paid).
 * Paying with iDEAL comes in the next part of Kring: no button pretends it is there.
 */
export function PaymentStep({ profile }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fee = profile?.fee ?? NO_FEE;
  const total = format.money(fee.total_cents);
  return (
    <StepFrame
      step="payment"
      title={t('wizard.payment.title')}
      lead={t('wizard.payment.lead', { total })}
    >
      <FeeTable fee={fee} />
      <Text size="sm">{t('wizard.payment.deducted', { total })}</Text>
      <Alert color="kringClay" variant="light" role="note" title={t('wizard.payment.comingTitle')}>
        <Text size="sm" c="kringClay.9">
          {t('wizard.payment.comingBody')}
        </Text>
      </Alert>
    </StepFrame>
  );
}

/** Step "Voltooiing": thanks, and whether the profile is online. Reached after paying. */
export function DoneStep({ profile }: StepProps) {
  const { t } = useTranslation();
  const live = profile?.status === 'live';
  return (
    <StepFrame step="done" title={t('wizard.done.title')} lead={t('wizard.done.lead')}>
      <Stack gap="md">
        <Alert color={live ? 'kringTeal' : 'kringClay'} variant="light" role="note">
          <Text size="sm">{live ? t('wizard.done.live') : t('wizard.done.pending')}</Text>
        </Alert>
        <FeeTable fee={profile?.fee ?? NO_FEE} />
        {live ? null : <Text size="sm">{t('wizard.done.comingBody')}</Text>}
      </Stack>
    </StepFrame>
  );
}
