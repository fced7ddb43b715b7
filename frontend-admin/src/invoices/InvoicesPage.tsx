import { PageHeader, useFormat, useMe } from '@kring/common';
import { Anchor, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mayDo } from '../api/staffTasks';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { OrganisationFilter } from '../orders/OrganisationFilter';
import { ADMIN_PATHS, INVOICE_PATHS, invoicePath, withQuery } from '../paths';
import {
  INVOICE_STATUSES,
  invoiceFiltersFrom,
  invoiceQuery,
  useStaffInvoices,
  type InvoiceFilters,
  type InvoiceStatus,
  type InvoiceSummary,
} from './api';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/** From this width up the invoices are a table; on a phone each is a card. */
const TABLE_WIDTH = '(min-width: 62em)';

/** "Facturen": every invoice to client organisations, filtered by organisation, project, status. */
export default function InvoicesPage() {
  return (
    <RequireStaff>
      <InvoicesGate />
    </RequireStaff>
  );
}

/** Staff who make invoices or record payments; the API refuses anyone else too. */
export function InvoicesGate({ children }: { children?: ReactNode }) {
  const me = useMe();
  const { t } = useTranslation();
  if (!mayDo(me.data, 'make_invoices') && !mayDo(me.data, 'record_payments')) {
    return (
      <Stack maw={720} py="xl">
        <Text>{t('invoices.notAllowed')}</Text>
      </Stack>
    );
  }
  return <>{children ?? <Invoices />}</>;
}

function Invoices() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = invoiceFiltersFrom(params);
  const change = (next: Partial<InvoiceFilters>) =>
    void navigate(
      withQuery(INVOICE_PATHS.list, Object.fromEntries(invoiceQuery({ ...filters, ...next }))),
    );
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('invoices.list.title')}
        lead={t('invoices.list.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          mayDo(me.data, 'make_invoices') ? (
            <Button component={Link} to={INVOICE_PATHS.new}>
              {t('invoices.make.button')}
            </Button>
          ) : undefined
        }
      />
      <Group
        gap="sm"
        align="flex-end"
        wrap="wrap"
        role="group"
        aria-label={t('invoices.list.filters')}
      >
        <Select
          id="invoices-status"
          label={t('invoices.list.status')}
          placeholder={t('invoices.list.any')}
          data={INVOICE_STATUSES.map((value) => ({
            value,
            label: t(`invoices.status.${value}`),
          }))}
          value={filters.status}
          onChange={(value) => change({ status: value as InvoiceStatus | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 160px' }}
        />
        <div style={{ flex: '1 1 300px', minWidth: 0 }}>
          <OrganisationFilter
            id="invoices-organisation"
            label={t('invoices.list.organisation')}
            value={filters.organisation}
            onChange={(organisation) => change({ organisation, project: null })}
          />
        </div>
        {filters.project ? (
          <Button variant="subtle" onClick={() => change({ project: null })}>
            {t('invoices.list.allProjects')}
          </Button>
        ) : null}
      </Group>
      <Results filters={filters} />
    </Stack>
  );
}

function Results({ filters }: { filters: InvoiceFilters }) {
  const { t } = useTranslation();
  const list = useStaffInvoices(filters);
  const wide = useMediaQuery(TABLE_WIDTH, true, { getInitialValueInEffect: false });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <MoreList
      query={list}
      empty={{
        title: t('invoices.list.empty'),
        description: filtered ? t('invoices.list.emptyFiltered') : t('invoices.list.emptyBody'),
      }}
      moreLabel={t('invoices.list.more')}
      shownLabel={(count) => t('invoices.list.shown', { count })}
    >
      {(invoices) =>
        wide ? <InvoicesTable invoices={invoices} /> : <InvoicesCards invoices={invoices} />
      }
    </MoreList>
  );
}

function InvoiceLink({ invoice }: { invoice: InvoiceSummary }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={invoicePath(invoice.id)} fw={600}>
      {t('invoices.invoice', { number: invoice.number })}
    </Anchor>
  );
}

function InvoicesTable({ invoices }: { invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('invoices.list.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoices.columns.number')}</Table.Th>
              <Table.Th>{t('invoices.columns.status')}</Table.Th>
              <Table.Th>{t('invoices.columns.organisation')}</Table.Th>
              <Table.Th>{t('invoices.columns.period')}</Table.Th>
              <Table.Th ta="right">{t('invoices.columns.total')}</Table.Th>
              <Table.Th>{t('invoices.columns.dueOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => (
              <Table.Tr key={invoice.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <InvoiceLink invoice={invoice} />
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={invoice.status} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{invoice.organisation_name}</Text>
                  <Text size="sm" c="dark.5">
                    {invoice.project_name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format.month(invoice.period_start.slice(0, 7))}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(invoice.total_cents)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {format.shortDate(invoice.due_on)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function InvoicesCards({ invoices }: { invoices: InvoiceSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('invoices.list.results')}>
        {invoices.map((invoice, index) => (
          <Stack
            key={invoice.id}
            component="li"
            gap={4}
            p="md"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <Group justify="space-between" gap="xs">
              <InvoiceLink invoice={invoice} />
              <InvoiceStatusBadge status={invoice.status} />
            </Group>
            <Text size="sm">
              {invoice.organisation_name} · {invoice.project_name}
            </Text>
            <Text size="sm" c="dark.5">
              {t('invoices.list.cardLine', {
                period: format.month(invoice.period_start.slice(0, 7)),
                total: format.money(invoice.total_cents),
                due: format.shortDate(invoice.due_on),
              })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
