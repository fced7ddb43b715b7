import { ErrorState, ErrorSummary, errorMessage, useFormat } from '@kring/common';
import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { profileKeys } from '../../api/keys';
import { isFinalPayment, useLatestPayment, useStartPayment } from '../../api/payment';
import type { Fee, ProviderProfile } from '../../api/profile';
import { goToCheckout } from '../payment/checkout';
import { StepFrame } from '../StepFrame';
import { stepPath } from '../steps';
import type { StepProps } from '../Wizard';
import { WRAPPING_BUTTON } from '../wrappingButton';

/** Only for the types: these steps open once the profile exists, with its fee. */
export const NO_FEE: Fee = { net_cents: 0, vat_cents: 0, total_cents: 0, vat_percent: 0 };

/** The return address names the payment: `/signup/payment?payment=<id>`. */
const RETURN_PARAM = 'payment';
/** How long the return page waits for the bank before it says so (and offers to ask again). */
const PAYMENT_WAIT_MS = 2 * 60_000;

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
 * Step "Betaling": what the fee is and what it does (the profile goes live when it is paid), and
 * "Betalen met iDEAL", which sends the provider to the bank. Back from the bank
 * (`?payment=<id>`), it waits for the outcome; a profile already live only says so.
 */
export function PaymentStep({ profile, goOn }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const returned = params.has(RETURN_PARAM);
  const fee = profile?.fee ?? NO_FEE;
  const total = format.money(fee.total_cents);
  const paid = profile?.fee_paid ?? false;
  const live = profile?.status === 'live';
  // A provider with a KvK number goes live when paid and the VOG is confirmed.
  const lead = profile?.vog_required ? 'wizard.payment.leadVog' : 'wizard.payment.lead';

  return (
    <StepFrame
      step="payment"
      title={t('wizard.payment.title')}
      // Back from the bank, the payment's own answer decides, even when the webhook was first.
      lead={
        paid && !returned
          ? t(live ? 'wizard.payment.liveLead' : 'wizard.payment.paidLead')
          : t(lead, { total })
      }
    >
      <FeeTable fee={fee} />
      <Text size="sm">{t('wizard.payment.deducted', { total })}</Text>
      {returned ? (
        <PaymentReturn goOn={goOn} />
      ) : paid ? (
        <AlreadyPaid live={live} />
      ) : (
        <PayButton />
      )}
    </StepFrame>
  );
}

/**
 * The fee is paid: nothing to pay, on to the last step. The profile is online, or (with a KvK
 * number) goes online once Kring has confirmed the VOG.
 */
function AlreadyPaid({ live }: { live: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="kringTeal" variant="light" role="note" title={t('wizard.payment.paidTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {live ? t('wizard.payment.paidBody') : t('wizard.payment.paidBodyVog')}
        </Text>
        <Button component={Link} to={stepPath('done')} styles={WRAPPING_BUTTON}>
          {t('wizard.payment.toDone')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * "Betalen met iDEAL": starts the payment and leaves for the bank's page; busy from the click
 * until the browser has left. A refusal (say, a step not done) is said in the error summary.
 */
function PayButton() {
  const { t } = useTranslation();
  const start = useStartPayment();
  const [leaving, setLeaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const busy = start.isPending || leaving;

  const pay = () =>
    start.mutate(undefined, {
      onSuccess: (payment) => {
        setLeaving(true);
        goToCheckout(payment.checkout_url);
      },
      onError: () => setAttempt((count) => count + 1),
    });

  return (
    <Stack gap="sm" align="flex-start">
      <ErrorSummary
        messages={start.error ? [errorMessage(start.error, t)] : []}
        attempt={attempt}
      />
      <Button size="md" onClick={pay} loading={busy}>
        {t('wizard.payment.pay')}
      </Button>
      <Text size="sm" c="dark.5" role={busy ? 'status' : undefined}>
        {busy ? t('wizard.payment.leaving') : t('wizard.payment.payHint')}
      </Text>
    </Stack>
  );
}

/**
 * Back from the bank: asks for the payment every 1.5 s until its status is final. Paid: the
 * profile (now live) is fetched again and the wizard goes on to "Voltooiing". Not paid: says why
 * and offers to pay again. No answer within two minutes: says so, with "check again".
 */
function PaymentReturn({ goOn }: { goOn: (saved: ProviderProfile) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [round, setRound] = useState(0);
  const [timedOut, setTimedOut] = useState(false);
  const payment = useLatestPayment({ polling: !timedOut });
  const status = payment.data?.status;

  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), PAYMENT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [round]);

  // Once paid, on to "Voltooiing" with the profile as it is now (live, every step done).
  const wentOn = useRef(false);
  const onPaid = useEffectEvent(async () => {
    if (wentOn.current) return;
    wentOn.current = true;
    await queryClient.refetchQueries({ queryKey: profileKeys.all });
    const profile = queryClient.getQueryData<ProviderProfile | null>(profileKeys.all);
    if (profile) goOn(profile);
  });
  useEffect(() => {
    if (status === 'paid') void onPaid();
  }, [status]);

  if (payment.isError) {
    return <ErrorState error={payment.error} onRetry={() => void payment.refetch()} />;
  }
  if (payment.data === null) return <PayButton />;
  if (status && status !== 'paid' && isFinalPayment(status)) {
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert" title={t('wizard.payment.notPaidTitle')}>
          <Text size="sm">{t(`wizard.payment.notPaid.${status}`)}</Text>
        </Alert>
        <PayButton />
      </Stack>
    );
  }
  if (timedOut && status !== 'paid') {
    return (
      <Alert color="kringClay" variant="light" role="alert" title={t('wizard.payment.slowTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('wizard.payment.slowBody')}</Text>
          <Button
            variant="white"
            color="dark"
            onClick={() => {
              setTimedOut(false);
              setRound((count) => count + 1);
              void payment.refetch();
            }}
          >
            {t('wizard.payment.checkAgain')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" role="status" aria-live="polite" data-testid="payment-waiting">
      <Loader size="sm" aria-hidden="true" />
      <Text>{status === 'paid' ? t('wizard.payment.confirmed') : t('wizard.payment.waiting')}</Text>
    </Group>
  );
}
