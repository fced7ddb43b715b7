import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import { Anchor, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminOnly } from '../components/AdminOnly';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { CountLine, Facts, LoadMore, oneOf, useListParams } from '../orders/listParts';
import { invoicePath, PRO_PATHS } from '../paths';
import { INVOICE_VIEWS, useInvoices, type InvoiceSummary, type InvoiceView } from './api';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

/**
 * "Facturen": the organisation's open invoices by default, all of them on the second tab. Only
 * portal admins see invoices; anyone else is told so.
 */
export default function InvoicesPage() {
  return (
    <RequireMember>
      <Invoices />
    </RequireMember>
  );
}

export function invoicesCrumbs(t: (key: string) => string) {
  return [
    { label: t('common.navigation.home'), to: PRO_PATHS.home },
    { label: t('nav.invoices'), to: PRO_PATHS.invoices },
  ];
}

function Invoices() {
  const { t } = useTranslation();
  const { isAdmin } = useActiveMember();
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={t('invoices.list.title')}
        lead={t('invoices.list.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
      />
      {isAdmin ? <InvoiceTabs /> : <AdminOnly />}
    </Stack>
  );
}

function InvoiceTabs() {
  const { t } = useTranslation();
  const params = useListParams();
  const view: InvoiceView = oneOf(params.get('view'), INVOICE_VIEWS) ?? 'open';
  return (
    <Tabs
      value={view}
      onChange={(value) => params.set({ view: value === 'all' ? 'all' : null })}
      keepMounted={false}
    >
      <Tabs.List>
        {INVOICE_VIEWS.map((value) => (
          <Tabs.Tab key={value} value={value}>
            {t(`invoices.view.${value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {INVOICE_VIEWS.map((value) => (
        <Tabs.Panel key={value} value={value} pt="lg">
          <InvoiceList view={value} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function InvoiceList({ view }: { view: InvoiceView }) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const invoices = useInvoices(organisationId, view);
  const items = invoices.data?.pages.flatMap((page) => page.items) ?? [];
  if (invoices.isPending) return <LoadingState />;
  if (invoices.isError) {
    return <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState
        title={t(`invoices.list.empty.${view}.title`)}
        description={t(`invoices.list.empty.${view}.body`)}
      />
    );
  }
  return (
    <Stack gap="md">
      <CountLine testId="invoices-count">
        {invoices.hasNextPage
          ? t('invoices.list.shown', { count: items.length })
          : t('invoices.list.count', { count: items.length })}
      </CountLine>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        aria-label={t(`invoices.view.${view}`)}
        style={{ listStyle: 'none' }}
      >
        {items.map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} />
        ))}
      </Stack>
      <LoadMore
        hasMore={invoices.hasNextPage}
        loading={invoices.isFetchingNextPage}
        onLoad={() => void invoices.fetchNextPage()}
      />
    </Stack>
  );
}

function InvoiceRow({ invoice }: { invoice: InvoiceSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={invoicePath(invoice.id)} fw={600}>
            {t('invoices.invoice', { number: invoice.number })}
          </Anchor>
          <InvoiceStatusBadge status={invoice.status} />
        </Group>
        <Facts
          facts={[
            {
              label: t('invoices.fields.period'),
              value: format.month(invoice.period_start.slice(0, 7)),
            },
            { label: t('invoices.fields.project'), value: invoice.project_name ?? '-' },
            {
              label: t('invoices.fields.total'),
              value: (
                <Text span fw={600} size="sm">
                  {format.money(invoice.total_cents)}
                </Text>
              ),
            },
            { label: t('invoices.fields.dueOn'), value: format.day(invoice.due_on) },
          ]}
        />
      </Stack>
    </Card>
  );
}
