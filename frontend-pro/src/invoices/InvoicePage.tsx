import {
  ErrorState,
  INTL_LOCALES,
  LoadingState,
  PageHeader,
  errorMessage,
  toLanguage,
  useFormat,
} from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Grid,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AdminOnly } from '../components/AdminOnly';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { Facts } from '../orders/listParts';
import {
  PAYMENT_POLL_MS,
  useDownloadInvoice,
  useInvoice,
  usePayInvoice,
  type Invoice,
  type InvoiceLine,
} from './api';
import { invoicesCrumbs } from './InvoicesPage';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/** After this long without the payment's outcome, the page stops asking and says so. */
const POLL_FOR_MS = 90_000;

/** One invoice: its lines, the totals with VAT per rate, the PDF, and paying it with iDEAL. */
export default function InvoicePage() {
  return (
    <RequireMember>
      <InvoiceOfPage />
    </RequireMember>
  );
}

function InvoiceOfPage() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveMember();
  if (!isAdmin) {
    return (
      <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
        <PageHeader title={t('invoices.detail.loading')} crumbs={invoicesCrumbs(t)} />
        <AdminOnly />
      </Stack>
    );
  }
  return <InvoiceView />;
}

function InvoiceView() {
  const { t } = useTranslation();
  const { invoiceId } = useParams();
  const { organisationId } = useActiveMember();
  // Back from the payment provider: `?payment=` says a payment was just made.
  const [params] = useSearchParams();
  const returned = params.has('payment');
  const [polling, setPolling] = useState(returned);
  useEffect(() => {
    if (!polling) return;
    const stop = window.setTimeout(() => setPolling(false), POLL_FOR_MS);
    return () => window.clearTimeout(stop);
  }, [polling]);
  const invoice = useInvoice(organisationId, invoiceId, polling);
  const title = invoice.data
    ? t('invoices.invoice', { number: invoice.data.number })
    : t('invoices.detail.loading');
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={title}
        lead={invoice.data?.project_name ?? undefined}
        crumbs={invoicesCrumbs(t)}
      />
      {invoice.isPending ? (
        <LoadingState />
      ) : invoice.isError ? (
        <ErrorState error={invoice.error} onRetry={() => void invoice.refetch()} />
      ) : (
        <InvoiceBody
          invoice={invoice.data}
          returned={returned}
          polling={polling && invoice.data.status !== 'paid'}
        />
      )}
    </Stack>
  );
}

function InvoiceBody({
  invoice,
  returned,
  polling,
}: {
  invoice: Invoice;
  returned: boolean;
  polling: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="lg">
      {returned ? <PaymentOutcome invoice={invoice} polling={polling} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="invoice-facts">
              <Stack gap="sm">
                <Group justify="space-between" align="center">
                  <Title order={2} size="h4" id="invoice-facts">
                    {t('invoices.detail.factsTitle')}
                  </Title>
                  <InvoiceStatusBadge status={invoice.status} />
                </Group>
                <Facts
                  facts={[
                    {
                      label: t('invoices.fields.period'),
                      value: format.month(invoice.period_start.slice(0, 7)),
                    },
                    { label: t('invoices.fields.project'), value: invoice.project_name ?? '-' },
                    { label: t('invoices.fields.issuedOn'), value: format.day(invoice.issued_on) },
                    { label: t('invoices.fields.dueOn'), value: format.day(invoice.due_on) },
                    ...(invoice.paid_at
                      ? [
                          {
                            label: t('invoices.fields.paidAt'),
                            value: format.date(invoice.paid_at),
                          },
                        ]
                      : []),
                  ]}
                />
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            {invoice.status !== 'paid' && !polling ? <PayCard invoice={invoice} /> : null}
            <DownloadCard invoice={invoice} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Lines lines={invoice.lines} />
      <Totals invoice={invoice} />
    </Stack>
  );
}

/** Hours as an invoice writes them: always two decimals ("8,00"). */
function formatHours(hours: string, language: string): string {
  return new Intl.NumberFormat(INTL_LOCALES[toLanguage(language)], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Number(hours));
}

/** Narrower than this (in px), the lines are a list: six columns do not fit. */
const LINES_AS_LIST_BELOW = 600;

/** The invoice's lines: a table, or where its card is narrow (a phone) a list with the same
 * facts. The card's own width decides, since the navbar and columns take a varying share. */
function Lines({ lines }: { lines: InvoiceLine[] }) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize();
  const narrow = width > 0 && width < LINES_AS_LIST_BELOW;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invoice-lines">
      <Stack gap="sm" ref={ref}>
        <Title order={2} size="h4" id="invoice-lines">
          {t('invoices.detail.linesTitle')}
        </Title>
        {narrow ? <LinesList lines={lines} /> : <LinesTable lines={lines} />}
      </Stack>
    </Card>
  );
}

function lineDescription(line: InvoiceLine, t: TFunction): string {
  return line.function
    ? `${t(`invoices.function.${line.function}`)} · ${line.worker_name ?? ''}`
    : line.description;
}

function LinesTable({ lines }: { lines: InvoiceLine[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer
      minWidth={LINES_AS_LIST_BELOW}
      type="native"
      // Just above the list's width the table may still scroll: keyboard users reach it too.
      tabIndex={0}
    >
      <Table striped verticalSpacing="xs" aria-labelledby="invoice-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('invoices.lines.date')}</Table.Th>
            <Table.Th scope="col">{t('invoices.lines.description')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.lines.hours')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.lines.rate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.lines.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.lines.vat')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.position}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {line.work_date ? format.dayMonth(line.work_date) : ''}
              </Table.Td>
              <Table.Td>
                {line.function
                  ? `${t(`invoices.function.${line.function}`)} · ${line.worker_name ?? ''}`
                  : line.description}
              </Table.Td>
              <Table.Td ta="right">{formatHours(line.hours, i18n.language)}</Table.Td>
              <Table.Td ta="right">{format.money(line.rate_cents)}</Table.Td>
              <Table.Td ta="right">{format.money(line.amount_cents)}</Table.Td>
              <Table.Td ta="right">{`${line.vat_percent}%`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LinesList({ lines }: { lines: InvoiceLine[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="ul" gap={0} m={0} p={0} aria-labelledby="invoice-lines">
      {lines.map((line, index) => (
        <li
          key={line.position}
          style={{
            listStyle: 'none',
            padding: '10px 0',
            borderTop: index ? '1px solid var(--mantine-color-gray-3)' : undefined,
          }}
        >
          <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {lineDescription(line, t)}
            </Text>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {format.money(line.amount_cents)}
            </Text>
          </Group>
          <Text size="sm" c="dark.5">
            {[
              line.work_date ? format.dayMonth(line.work_date) : null,
              t('invoices.lines.hoursAtRate', {
                hours: formatHours(line.hours, i18n.language),
                rate: format.money(line.rate_cents),
              }),
              t('invoices.lines.vatPercent', { percent: line.vat_percent }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

function Totals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { label: t('invoices.totals.subtotal'), cents: invoice.subtotal_cents },
    ...invoice.vat_rates.map((rate) => ({
      label: t('invoices.totals.vat', {
        percent: rate.vat_percent,
        amount: format.money(rate.amount_cents),
      }),
      cents: rate.vat_cents,
    })),
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invoice-totals">
      <Stack gap="xs">
        <Title order={2} size="h4" id="invoice-totals">
          {t('invoices.totals.title')}
        </Title>
        <dl style={{ margin: 0 }} data-testid="invoice-totals">
          {rows.map((row) => (
            <Group key={row.label} justify="space-between" gap="md" wrap="nowrap">
              <Text component="dt" size="sm">
                {row.label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {format.money(row.cents)}
              </Text>
            </Group>
          ))}
          <Group justify="space-between" gap="md" wrap="nowrap" mt="xs">
            <Text component="dt" fw={700}>
              {t('invoices.totals.total')}
            </Text>
            <Text component="dd" fw={700} m={0}>
              {format.money(invoice.total_cents)}
            </Text>
          </Group>
        </dl>
      </Stack>
    </Card>
  );
}

function PayCard({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useActiveMember();
  const pay = usePayInvoice(organisationId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invoice-pay">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invoice-pay">
          {t('invoices.pay.title')}
        </Title>
        <Text size="sm">
          {t('invoices.pay.lead', {
            total: format.money(invoice.total_cents),
            due: format.day(invoice.due_on),
          })}
        </Text>
        {invoice.status === 'overdue' ? (
          <Alert color="red" variant="light" role="note">
            {t('invoices.pay.overdue')}
          </Alert>
        ) : null}
        {invoice.payment_pending ? (
          <Text size="sm" c="dark.5">
            {t('invoices.pay.pending')}
          </Text>
        ) : null}
        <Button
          loading={pay.isPending || pay.isSuccess}
          onClick={() =>
            pay.mutate(invoice.id, {
              onSuccess: (checkout) => window.location.assign(checkout.checkout_url),
            })
          }
        >
          {t('invoices.pay.button')}
        </Button>
        {pay.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(pay.error, t)}
          </Alert>
        ) : null}
        <Text size="xs" c="dark.5">
          {t('invoices.pay.transfer', { number: invoice.number })}
        </Text>
      </Stack>
    </Card>
  );
}

/** Back from iDEAL: processing (the page asks every few seconds), paid, or not (yet). */
function PaymentOutcome({ invoice, polling }: { invoice: Invoice; polling: boolean }) {
  const { t } = useTranslation();
  if (invoice.status === 'paid') {
    return (
      <Alert color="kringTeal" variant="light" role="status" title={t('invoices.pay.paidTitle')}>
        {t('invoices.pay.paid')}
      </Alert>
    );
  }
  if (polling) {
    return (
      <Alert color="blue" variant="light" role="status" title={t('invoices.pay.processingTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('invoices.pay.processing')}</Text>
          <Progress
            value={100}
            animated
            size="sm"
            aria-label={t('invoices.pay.processingTitle')}
            data-poll-ms={PAYMENT_POLL_MS}
          />
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="kringClay" variant="light" role="status" title={t('invoices.pay.notPaidTitle')}>
      {t('invoices.pay.notPaid')}
    </Alert>
  );
}

function DownloadCard({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const download = useDownloadInvoice(organisationId);
  const [progress, setProgress] = useState(0);
  const percent = Math.round(progress * 100);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invoice-pdf">
      <Stack gap="sm">
        <Title order={2} size="h4" id="invoice-pdf">
          {t('invoices.pdf.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('invoices.pdf.lead')}
        </Text>
        <Button
          variant="default"
          disabled={download.isPending}
          onClick={() => {
            setProgress(0);
            download.mutate({ invoice, onProgress: setProgress });
          }}
        >
          {download.isPending
            ? t('invoices.pdf.downloading', { percent })
            : t('invoices.pdf.download')}
        </Button>
        {download.isPending ? (
          <Progress
            value={percent}
            size="sm"
            animated
            aria-label={t('invoices.pdf.progress', { number: invoice.number })}
          />
        ) : null}
        {download.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(download.error, t)}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
