import { isApiProblem } from '@kring/client';
import {
  EmptyState,
  ErrorState,
  ErrorSummary,
  FormMessage,
  LoadingState,
  PageHeader,
  summaryFieldErrors,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, INVOICE_PATHS, invoicePath } from '../paths';
import { useBillableProjects, useMakeInvoice, type BillableProject } from './api';

/** A choice of the picker: a project and one of its ended months. */
const choiceOf = (row: BillableProject) => `${row.project_id}|${row.month}`;
const FIELDS = ['choice', 'month'] as const;

/**
 * "Factuur maken": pick a project and an ended month with confirmed shifts not invoiced yet;
 * the invoice is made from them (one line per shift) and opened.
 */
export default function MakeInvoicePage() {
  return (
    <RequireStaff task="make_invoices">
      <MakeInvoice />
    </RequireStaff>
  );
}

function MakeInvoice() {
  const { t } = useTranslation();
  const billable = useBillableProjects();
  const rows = billable.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('invoices.make.title')}
        lead={t('invoices.make.lead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('invoices.list.title'), to: INVOICE_PATHS.list },
        ]}
      />
      {billable.isPending ? (
        <LoadingState />
      ) : billable.isError ? (
        <ErrorState error={billable.error} onRetry={() => void billable.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('invoices.make.emptyTitle')} description={t('invoices.make.empty')} />
      ) : (
        <>
          <MakeForm rows={rows.filter((row) => !row.invoiced)} />
          <Billable rows={rows} />
        </>
      )}
    </Stack>
  );
}

function MakeForm({ rows }: { rows: BillableProject[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const make = useMakeInvoice();
  const schema = useMemo(
    () =>
      z.object({
        choice: z.string().min(1, t('invoices.make.errors.choice')),
        month: z.string(),
      }),
    [t],
  );
  const form = useZodForm(schema, {
    defaultValues: { choice: '', month: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    const [projectId = '', month = ''] = values.choice.split('|');
    try {
      const invoice = await make.mutateAsync({ projectId, month });
      void navigate(invoicePath(invoice.id));
    } catch (error) {
      if (isApiProblem(error) && (error.status === 409 || error.status === 404)) {
        throw new FormMessage(error.detail ?? t('invoices.make.conflict'));
      }
      throw error;
    }
  });
  const { errors, isSubmitting } = form.formState;
  const summary = [
    { name: 'choice' as const, id: 'make-invoice-choice', label: t('invoices.make.choice') },
    { name: 'month' as const, id: 'make-invoice-choice', label: t('invoices.make.month') },
  ];
  const label = (row: BillableProject) =>
    t('invoices.make.option', {
      project: row.project_name,
      organisation: row.organisation_name,
      month: format.month(row.month),
      count: row.shifts,
    });
  return (
    <SectionCard id="make-invoice" title={t('invoices.make.formTitle')}>
      {rows.length === 0 ? (
        <Text size="sm">{t('invoices.make.nothingNew')}</Text>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <ErrorSummary
              messages={formErrors}
              fieldErrors={summaryFieldErrors(errors, summary)}
              attempt={attempt}
            />
            <Controller
              control={form.control}
              name="choice"
              render={({ field }) => (
                <Select
                  id="make-invoice-choice"
                  label={t('invoices.make.choice')}
                  description={t('invoices.make.choiceHelp')}
                  placeholder={t('invoices.make.choicePlaceholder')}
                  data={rows.map((row) => ({ value: choiceOf(row), label: label(row) }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  searchable
                  required
                  comboboxProps={{ withinPortal: true }}
                  error={errors.choice?.message ?? errors.month?.message}
                />
              )}
            />
            <Group>
              <Button type="submit" loading={isSubmitting}>
                {t('invoices.make.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </SectionCard>
  );
}

function Billable({ rows }: { rows: BillableProject[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
        <Table verticalSpacing="sm" aria-label={t('invoices.make.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.make.columns.project')}</Table.Th>
              <Table.Th>{t('invoices.make.columns.month')}</Table.Th>
              <Table.Th ta="right">{t('invoices.make.columns.shifts')}</Table.Th>
              <Table.Th>{t('invoices.make.columns.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={choiceOf(row)}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600}>
                    {row.project_name}
                  </Text>
                  <Text size="sm" c="dark.5">
                    {row.organisation_name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.month(row.month)}</Table.Td>
                <Table.Td ta="right">{row.shifts}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {row.invoiced ? t('invoices.make.invoiced') : t('invoices.make.toInvoice')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
