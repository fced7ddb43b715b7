import { isApiProblem } from '@kring/client';
import {
  ErrorState,
  ErrorSummary,
  FormMessage,
  LoadingState,
  PageHeader,
  errorMessage,
  summaryFieldErrors,
  todayInKring,
  useFormat,
  useFormSubmit,
  useMe,
  useZodForm,
} from '@kring/common';
import { Alert, Anchor, Button, Grid, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { mayDo } from '../api/staffTasks';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, INVOICE_PATHS, withQuery } from '../paths';
import {
  useDownloadInvoice,
  useRecordPayment,
  useStaffInvoice,
  type Invoice,
  type InvoicePaymentRecord,
} from './api';
import { InvoicesGate } from './InvoicesPage';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/** One invoice: its facts, lines and totals, the PDF, and recording its payment (admins). */
export default function InvoicePage() {
  return (
    <RequireStaff>
      <InvoicesGate>
        <InvoiceView />
      </InvoicesGate>
    </RequireStaff>
  );
}

function InvoiceView() {
  const { t } = useTranslation();
  const { invoiceId = '' } = useParams();
  const invoice = useStaffInvoice(invoiceId);
  const title = invoice.data
    ? t('invoices.invoice', { number: invoice.data.number })
    : t('invoices.detail.loading');
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={title}
        lead={invoice.data ? invoice.data.organisation_name : undefined}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('invoices.list.title'), to: INVOICE_PATHS.list },
        ]}
      />
      {invoice.isPending ? (
        <LoadingState />
      ) : invoice.isError ? (
        <ErrorState error={invoice.error} onRetry={() => void invoice.refetch()} />
      ) : (
        <InvoiceBody invoice={invoice.data} />
      )}
    </Stack>
  );
}

function InvoiceBody({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const download = useDownloadInvoice();
  const facts: [string, ReactNode][] = [
    [t('invoices.fields.status'), <InvoiceStatusBadge key="s" status={invoice.status} />],
    [t('invoices.fields.organisation'), invoice.organisation_name],
    [
      t('invoices.fields.project'),
      invoice.project_id ? (
        <Anchor
          component={Link}
          to={withQuery(INVOICE_PATHS.list, { project: invoice.project_id })}
        >
          {invoice.project_name}
        </Anchor>
      ) : (
        '–'
      ),
    ],
    [t('invoices.fields.period'), format.month(invoice.period_start.slice(0, 7))],
    [t('invoices.fields.issuedOn'), format.day(invoice.issued_on)],
    [t('invoices.fields.dueOn'), format.day(invoice.due_on)],
  ];
  if (invoice.paid_at) {
    facts.push([
      t('invoices.fields.paid'),
      t(`invoices.paidVia.${invoice.paid_via ?? 'transfer'}`, {
        date: format.date(invoice.paid_at),
        reference: invoice.payment_reference ?? '',
      }),
    ]);
  } else if (invoice.payment_pending) {
    facts.push([t('invoices.fields.paid'), t('invoices.detail.pending')]);
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <SectionCard id="invoice-facts" title={t('invoices.detail.factsTitle')} gap="sm">
            <Table variant="vertical" layout="fixed" withTableBorder={false}>
              <Table.Tbody>
                {facts.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={{ base: 130, sm: 180 }}>{label}</Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SectionCard>
          <SectionCard id="invoice-lines" title={t('invoices.detail.linesTitle')} gap="sm">
            <Lines invoice={invoice} />
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="lg">
          {!invoice.paid_at && mayDo(me.data, 'record_payments') ? (
            <RecordPayment invoice={invoice} />
          ) : null}
          <SectionCard id="invoice-pdf" title={t('invoices.pdf.title')} gap="sm">
            <Button
              variant="default"
              loading={download.isPending}
              onClick={() => download.mutate(invoice)}
            >
              {t('invoices.pdf.download')}
            </Button>
            {download.isError ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(download.error, t)}
              </Alert>
            ) : null}
          </SectionCard>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function Lines({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Table.ScrollContainer
        minWidth={620}
        type="native"
        // On a phone the lines scroll sideways: keyboard users reach them too.
        tabIndex={0}
      >
        <Table striped verticalSpacing="xs" aria-label={t('invoices.detail.linesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.lines.date')}</Table.Th>
              <Table.Th>{t('invoices.lines.description')}</Table.Th>
              <Table.Th ta="right">{t('invoices.lines.hours')}</Table.Th>
              <Table.Th ta="right">{t('invoices.lines.rate')}</Table.Th>
              <Table.Th ta="right">{t('invoices.lines.amount')}</Table.Th>
              <Table.Th ta="right">{t('invoices.lines.vat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((line) => (
              <Table.Tr key={line.position}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {line.work_date ? format.shortDate(line.work_date) : ''}
                </Table.Td>
                <Table.Td>{line.description}</Table.Td>
                <Table.Td ta="right">{line.hours.replace('.', ',')}</Table.Td>
                <Table.Td ta="right">{format.money(line.rate_cents)}</Table.Td>
                <Table.Td ta="right">{format.money(line.amount_cents)}</Table.Td>
                <Table.Td ta="right">{`${line.vat_percent}%`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={2} data-testid="invoice-totals" ml="auto" miw={260}>
        <Group justify="space-between">
          <Text size="sm">{t('invoices.totals.subtotal')}</Text>
          <Text size="sm">{format.money(invoice.subtotal_cents)}</Text>
        </Group>
        {invoice.vat_rates.map((rate) => (
          <Group key={rate.vat_percent} justify="space-between">
            <Text size="sm">
              {t('invoices.totals.vat', {
                percent: rate.vat_percent,
                amount: format.money(rate.amount_cents),
              })}
            </Text>
            <Text size="sm">{format.money(rate.vat_cents)}</Text>
          </Group>
        ))}
        <Group justify="space-between">
          <Text fw={700}>{t('invoices.totals.total')}</Text>
          <Text fw={700}>{format.money(invoice.total_cents)}</Text>
        </Group>
      </Stack>
    </Stack>
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PAYMENT_FIELDS = ['paid_on', 'reference'] as const;

function paymentSchema(t: (key: string) => string, today: string) {
  return z.object({
    paid_on: z
      .string()
      .trim()
      .regex(ISO_DAY, t('invoices.record.errors.paidOn'))
      .refine((day) => day <= today, t('invoices.record.errors.future')),
    reference: z
      .string()
      .trim()
      .min(1, t('invoices.record.errors.reference'))
      .max(100, t('invoices.record.errors.referenceLong')),
  });
}

/** "Betaling registreren": the day the transfer came in and the statement's reference. */
function RecordPayment({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const record = useRecordPayment(invoice.id);
  const [today] = useState(() => todayInKring());
  const schema = useMemo(() => paymentSchema(t, today), [t, today]);
  const form = useZodForm(schema, {
    defaultValues: { paid_on: today, reference: invoice.number },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, PAYMENT_FIELDS, async (values) => {
    try {
      await record.mutateAsync(values as InvoicePaymentRecord);
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        throw new FormMessage(error.detail ?? t('invoices.record.conflict'));
      }
      throw error;
    }
  });
  const { errors, isSubmitting } = form.formState;
  const summary = [
    { name: 'paid_on' as const, id: 'invoice-paid-on', label: t('invoices.record.paidOn') },
    { name: 'reference' as const, id: 'invoice-reference', label: t('invoices.record.reference') },
  ];
  return (
    <SectionCard
      id="invoice-record"
      title={t('invoices.record.title')}
      lead={t('invoices.record.lead')}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <TextInput
            id="invoice-paid-on"
            type="date"
            label={t('invoices.record.paidOn')}
            required
            max={today}
            {...form.register('paid_on')}
            error={errors.paid_on?.message}
          />
          <TextInput
            id="invoice-reference"
            label={t('invoices.record.reference')}
            description={t('invoices.record.referenceHelp')}
            required
            maxLength={100}
            autoComplete="off"
            {...form.register('reference')}
            error={errors.reference?.message}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('invoices.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
