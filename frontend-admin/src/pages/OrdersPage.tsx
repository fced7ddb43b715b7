import { PageHeader, useFormat } from '@kring/common';
import { Anchor, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  ORDER_KINDS,
  ORDER_STATUSES,
  orderFiltersFrom,
  orderQuery,
  useStaffOrders,
  type OrderFilters,
  type OrderKind,
  type OrderStatus,
  type StaffOrderSummary,
} from '../api/orders';
import { ListSearch } from '../components/ListSearch';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { AwaitingSignatureBadge, OrderStatusBadge } from '../orders/OrderBadges';
import { OrganisationFilter } from '../orders/OrganisationFilter';
import { ADMIN_PATHS, orderPath, ordersListPath } from '../paths';

/** From this width up (Mantine's `md`) the orders are a table with a column per part. */
const TABLE_WIDTH = '(min-width: 62em)';

/** Assistive-device orders (branch staff: their branch's, as the API answers them). */
export default function OrdersPage() {
  return (
    <RequireStaff task="view_orders">
      <Orders />
    </RequireStaff>
  );
}

function Orders() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = orderFiltersFrom(params);
  const change = (next: Partial<OrderFilters>) =>
    void navigate(ordersListPath(orderQuery({ ...filters, ...next })));
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('orders.title')}
        lead={t('orders.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <ListSearch
        id="orders-q"
        formLabel={t('orders.searchLabel')}
        label={t('orders.q')}
        description={t('orders.qHelp')}
        q={filters.q}
        pathFor={(q) => ordersListPath(orderQuery({ ...filters, q }))}
      />
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('orders.filters')}>
        <Select
          id="orders-status"
          label={t('orders.filterStatus')}
          placeholder={t('orders.any')}
          data={ORDER_STATUSES.map((value) => ({ value, label: t(`orders.status.${value}`) }))}
          value={filters.status}
          onChange={(value) => change({ status: value as OrderStatus | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 140px' }}
        />
        <Select
          id="orders-kind"
          label={t('orders.filterKind')}
          placeholder={t('orders.any')}
          data={ORDER_KINDS.map((value) => ({ value, label: t(`orders.kind.${value}`) }))}
          value={filters.kind}
          onChange={(value) => change({ kind: value as OrderKind | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 140px' }}
        />
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
          <OrganisationFilter
            id="orders-organisation"
            label={t('orders.filterOrganisation')}
            value={filters.organisation}
            onChange={(organisation) => change({ organisation })}
          />
        </div>
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
          <OrganisationFilter
            id="orders-branch"
            label={t('orders.filterBranch')}
            kind="supplier_branch"
            value={filters.branch}
            onChange={(branch) => change({ branch })}
          />
        </div>
      </Group>
      <Results filters={filters} />
    </Stack>
  );
}

function Results({ filters }: { filters: OrderFilters }) {
  const { t } = useTranslation();
  const list = useStaffOrders(filters);
  const wide = useMediaQuery(TABLE_WIDTH, true, { getInitialValueInEffect: false });
  const filtered = Object.values(filters).some(Boolean);
  return (
    <MoreList
      query={list}
      empty={{
        title: t('orders.empty.title'),
        description: filtered ? t('orders.empty.filtered') : t('orders.empty.body'),
      }}
      moreLabel={t('orders.more')}
      shownLabel={(count) => t('orders.shown', { count })}
    >
      {(orders) => (wide ? <OrdersTable orders={orders} /> : <OrdersCards orders={orders} />)}
    </MoreList>
  );
}

function OrdersTable({ orders }: { orders: StaffOrderSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('orders.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.columns.order')}</Table.Th>
              <Table.Th>{t('orders.columns.status')}</Table.Th>
              <Table.Th>{t('orders.columns.clientDevice')}</Table.Th>
              <Table.Th>{t('orders.columns.organisation')}</Table.Th>
              <Table.Th>{t('orders.columns.placed')}</Table.Th>
              <Table.Th>{t('orders.columns.planned')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.map((order) => (
              <Table.Tr key={order.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <OrderLink order={order} />
                  <Text size="sm" c="dark.5">
                    {t(`orders.kind.${order.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusCell order={order} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 200 }}>
                  <Text size="sm" fw={600}>
                    {order.client_name}
                  </Text>
                  <DeviceText order={order} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{order.organisation_name}</Text>
                  <Text size="sm" c="dark.5">
                    {order.branch_name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{format.shortDate(order.placed_at)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">
                    {order.planned_for ? format.shortDate(order.planned_for) : '–'}
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

/** On a phone each order reads whole, top to bottom, without scrolling sideways. */
function OrdersCards({ orders }: { orders: StaffOrderSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('orders.results')}>
        {orders.map((order, index) => (
          <Stack
            key={order.id}
            component="li"
            gap={4}
            p="md"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <Group gap="xs" justify="space-between" align="flex-start">
              <div>
                <OrderLink order={order} />
                <Text size="sm" c="dark.5">
                  {t(`orders.kind.${order.kind}`)}
                </Text>
              </div>
              <StatusCell order={order} />
            </Group>
            <Text size="sm">{t('orders.card.client', { name: order.client_name })}</Text>
            <DeviceText order={order} />
            <Text size="sm" c="dark.5">
              {order.organisation_name} · {order.branch_name}
            </Text>
            <Text size="sm" c="dark.5">
              {t('orders.card.placed', { date: format.shortDate(order.placed_at) })}
              {order.planned_for
                ? ` · ${t('orders.card.planned', { day: format.day(order.planned_for) })}`
                : ''}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function OrderLink({ order }: { order: StaffOrderSummary }) {
  return (
    <Anchor component={Link} to={orderPath(order.id)} fw={600} style={{ whiteSpace: 'nowrap' }}>
      {order.number}
    </Anchor>
  );
}

function StatusCell({ order }: { order: StaffOrderSummary }) {
  return (
    <Stack gap={4} align="flex-start">
      <OrderStatusBadge status={order.status} />
      {order.action_required ? <AwaitingSignatureBadge /> : null}
    </Stack>
  );
}

/** The device (and option) of a rental; a follow-up names the rental it is for. */
function DeviceText({ order }: { order: StaffOrderSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {order.device_name ? (
        <Text size="sm">
          {order.device_code ? `${order.device_code} · ` : ''}
          {order.device_name}
        </Text>
      ) : null}
      {order.option_name ? (
        <Text size="sm" c="dark.5">
          {t('orders.withOption', { option: order.option_name })}
        </Text>
      ) : null}
      {order.rental_order_number ? (
        <Text size="sm" c="dark.5">
          {t('orders.ofRental', { number: order.rental_order_number })}
        </Text>
      ) : null}
    </>
  );
}
