import { ErrorState, LoadingState, PageHeader, StatusBadge, useFormat } from '@kring/common';
import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  creditTransferUrl,
  directDebitUrl,
  usePaymentRun,
  type PaymentRun,
} from '../api/paymentRuns';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, PAYMENT_RUN_PATHS } from '../paths';

/** One payment run: its totals, its SEPA files, the collections and the payments (reading it
 * is recorded in the audit trail: the lines hold the help seekers' accounts). */
export default function PaymentRunPage() {
  return (
    <RequireStaff task="run_payments">
      <PaymentRunView />
    </RequireStaff>
  );
}

function PaymentRunView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { runId = '' } = useParams();
  const run = usePaymentRun(runId);
  if (run.isPending) return <LoadingState />;
  if (run.isError) return <ErrorState error={run.error} onRetry={() => void run.refetch()} />;
  const shown = run.data;
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('paymentRuns.run.title', { month: format.month(shown.month) })}
        lead={t('paymentRuns.list.made', {
          name: shown.made_by_name ?? t('paymentRuns.unknownStaff'),
          when: format.dateTime(shown.created_at),
        })}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.paymentRuns'), to: PAYMENT_RUN_PATHS.list },
        ]}
      />
      <Summary run={shown} />
      <Collections run={shown} />
      <Payments run={shown} />
    </Stack>
  );
}

function Summary({ run }: { run: PaymentRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionCard id="payment-run-summary" title={t('paymentRuns.run.summary')}>
      <Stack gap="xs" component="dl" m={0}>
        <DetailItem label={t('paymentRuns.run.collected')} labelWidth={180}>
          {format.money(run.collected_cents)}
        </DetailItem>
        <DetailItem label={t('paymentRuns.run.paid')} labelWidth={180}>
          {format.money(run.paid_cents)}
        </DetailItem>
        <DetailItem label={t('paymentRuns.run.entries')} labelWidth={180}>
          {format.number(run.entries)}
        </DetailItem>
        <DetailItem label={t('paymentRuns.run.date')} labelWidth={180}>
          {format.day(run.collection_date)}
        </DetailItem>
      </Stack>
      <Text size="sm" c="dark.5">
        {t('paymentRuns.run.filesLead')}
      </Text>
      <Group gap="sm">
        <Button component="a" href={directDebitUrl(run.id)} download>
          {t('paymentRuns.run.directDebit')}
        </Button>
        <Button component="a" href={creditTransferUrl(run.id)} download variant="light">
          {t('paymentRuns.run.creditTransfer')}
        </Button>
      </Group>
    </SectionCard>
  );
}

/** A table of lines: who and their account in the first column, the amount in the second, so
 * it reads on a phone without scrolling sideways. */
function LinesTable(props: { label: string; head: ReactNode; rows: ReactNode; foot: ReactNode }) {
  return (
    <Card withBorder padding={0}>
      <Table verticalSpacing="sm" aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>{props.head}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{props.rows}</Table.Tbody>
        <Table.Tfoot>{props.foot}</Table.Tfoot>
      </Table>
    </Card>
  );
}

/** The account of a line: its holder and the IBAN, which may break on a narrow screen. */
function Account({ holder, iban }: { holder: string; iban: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dark.5">
        {t('paymentRuns.run.holder', { name: holder })}
      </Text>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' }}>
        {iban}
      </Text>
    </>
  );
}

function Collections({ run }: { run: PaymentRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('paymentRuns.run.collections');
  return (
    <SectionCard
      id="payment-run-collections"
      title={title}
      lead={t('paymentRuns.run.collectionsLead')}
    >
      <LinesTable
        label={title}
        head={
          <>
            <Table.Th>{t('paymentRuns.run.helpSeeker')}</Table.Th>
            <Table.Th ta="right">{t('paymentRuns.run.amount')}</Table.Th>
          </>
        }
        rows={run.collections.map((line) => (
          <Table.Tr key={line.dossier_id}>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <Text size="sm" fw={600}>
                {line.help_seeker_name}
              </Text>
              <Account holder={line.account_holder} iban={line.iban} />
              <Text size="xs" c="dark.5" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {t('paymentRuns.run.mandateLine', {
                  id: line.mandate_id,
                  date: format.day(line.mandate_date),
                })}
              </Text>
              <StatusBadge
                color={line.sequence === 'FRST' ? 'kringTeal' : 'gray'}
                size="sm"
                asWritten
              >
                {t(`paymentRuns.run.sequence.${line.sequence}`)}
              </StatusBadge>
            </Table.Td>
            <Amount cents={line.amount_cents} entries={line.entries} />
          </Table.Tr>
        ))}
        foot={<TotalRow label={t('paymentRuns.run.total')} cents={run.collected_cents} />}
      />
    </SectionCard>
  );
}

function Payments({ run }: { run: PaymentRun }) {
  const { t } = useTranslation();
  const title = t('paymentRuns.run.payments');
  return (
    <SectionCard id="payment-run-payments" title={title} lead={t('paymentRuns.run.paymentsLead')}>
      <LinesTable
        label={title}
        head={
          <>
            <Table.Th>{t('paymentRuns.run.helper')}</Table.Th>
            <Table.Th ta="right">{t('paymentRuns.run.amount')}</Table.Th>
          </>
        }
        rows={run.payments.map((line) => (
          <Table.Tr key={line.helper_id}>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <Text size="sm" fw={600}>
                {line.helper_name}
              </Text>
              <Account holder={line.account_holder} iban={line.iban} />
            </Table.Td>
            <Amount cents={line.amount_cents} entries={line.entries} />
          </Table.Tr>
        ))}
        foot={<TotalRow label={t('paymentRuns.run.total')} cents={run.paid_cents} />}
      />
    </SectionCard>
  );
}

function Amount({ cents, entries }: { cents: number; entries: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Td ta="right">
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {format.money(cents)}
      </Text>
      <Text size="xs" c="dark.5">
        {t('paymentRuns.run.entryCount', { count: entries })}
      </Text>
    </Table.Td>
  );
}

function TotalRow({ label, cents }: { label: string; cents: number }) {
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {format.money(cents)}
      </Table.Td>
    </Table.Tr>
  );
}
