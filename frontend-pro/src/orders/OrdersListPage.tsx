import { EmptyState, ErrorState, LoadingState, useFormat } from '@kring/common';
import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ORDER_KINDS,
  ORDER_STATUSES,
  ORDER_VIEWS,
  useOrders,
  type OrderFilters,
  type OrderSummary,
  type OrderView,
} from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import { orderPath, PRO_PATHS } from '../paths';
import { BranchCard } from './BranchCard';
import {
  CountLine,
  Facts,
  LoadMore,
  oneOf,
  OrganisationFilter,
  SearchField,
  useListParams,
} from './listParts';
import { ActionBadge, OrderStatusBadge } from './OrderBadges';
import { useOrderOrganisations } from './organisations';
import { OrdersFrame } from './OrdersFrame';

/** "Openstaande aanvragen": my organisations' orders with their status, filtered and searched. */
export default function OrdersListPage() {
  return (
    <RequireMember>
      <OrdersList />
    </RequireMember>
  );
}

function OrdersList() {
  const { t } = useTranslation();
  const params = useListParams();
  const organisations = useOrderOrganisations();
  const filters: OrderFilters = {
    view: oneOf(params.get('view'), ORDER_VIEWS) ?? 'open',
    status: oneOf(params.get('status'), ORDER_STATUSES),
    kind: oneOf(params.get('kind'), ORDER_KINDS),
    q: params.get('q') ?? '',
    organisation: params.get('organisation'),
  };
  const orders = useOrders(filters);
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status ?? filters.kind ?? filters.organisation) || filters.q;
  const { set } = params;
  const clear = () => {
    set({ status: null, kind: null, q: null, organisation: null });
  };

  return (
    <OrdersFrame title={t('orders.list.title')} lead={t('orders.list.lead')} section="open">
      <ViewSwitch view={filters.view} onChange={(view) => set({ view })} />
      <SimpleGrid cols={{ base: 1, sm: 2, md: organisations.several ? 4 : 3 }} spacing="md">
        <SearchField
          id="orders-search"
          label={t('orders.list.search')}
          hint={t('orders.list.searchHint')}
          q={filters.q}
          onSearch={(q) => set({ q })}
        />
        <NativeSelect
          label={t('orders.list.status')}
          value={filters.status ?? ''}
          onChange={(event) => set({ status: event.currentTarget.value })}
          data={[
            { value: '', label: t('orders.list.allStatuses') },
            ...ORDER_STATUSES.map((status) => ({
              value: status,
              label: t(`orders.status.${status}`),
            })),
          ]}
        />
        <NativeSelect
          label={t('orders.list.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => set({ kind: event.currentTarget.value })}
          data={[
            { value: '', label: t('orders.list.allKinds') },
            ...ORDER_KINDS.map((kind) => ({ value: kind, label: t(`orders.kind.${kind}`) })),
          ]}
        />
        <OrganisationFilter
          organisations={organisations}
          value={filters.organisation}
          onChange={(organisation) => set({ organisation })}
        />
      </SimpleGrid>
      <CountLine testId="orders-count">
        {orders.data
          ? orders.hasNextPage
            ? t('orders.list.shown', { count: items.length })
            : t('orders.list.count', { count: items.length })
          : ''}
      </CountLine>
      {orders.isPending ? (
        <LoadingState />
      ) : orders.isError ? (
        <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />
      ) : items.length === 0 ? (
        <Empty view={filters.view} filtered={Boolean(filtered)} onClear={clear} />
      ) : (
        <Stack gap="md">
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('orders.list.listLabel')}
            aria-busy={orders.isPlaceholderData || undefined}
            style={{ listStyle: 'none', opacity: orders.isPlaceholderData ? 0.6 : 1 }}
          >
            {items.map((order) => (
              <OrderRow key={order.id} order={order} showOrganisation={organisations.several} />
            ))}
          </Stack>
          <LoadMore
            hasMore={orders.hasNextPage}
            loading={orders.isFetchingNextPage}
            onLoad={() => void orders.fetchNextPage()}
          />
        </Stack>
      )}
      <BranchCard branch={organisations.active?.supplier_branch} />
    </OrdersFrame>
  );
}

/** Open, waiting for me (Wlz signature), or all; one line says what the choice shows. */
function ViewSwitch({ view, onChange }: { view: OrderView; onChange: (view: OrderView) => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const narrow = useMediaQuery('(max-width: 30em)');
  return (
    <Stack gap={6}>
      <SegmentedControl
        value={view}
        onChange={(value) => onChange(oneOf(value, ORDER_VIEWS) ?? 'open')}
        orientation={narrow ? 'vertical' : 'horizontal'}
        fullWidth={narrow}
        aria-label={t('orders.list.view')}
        aria-describedby={hintId}
        style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
        data={ORDER_VIEWS.map((value) => ({ value, label: t(`orders.view.${value}.label`) }))}
      />
      <Text size="sm" c="dark.6" id={hintId} data-testid="orders-view-hint">
        {t(`orders.view.${view}.hint`)}
      </Text>
    </Stack>
  );
}

function Empty({
  view,
  filtered,
  onClear,
}: {
  view: OrderView;
  filtered: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <EmptyState
        title={t('orders.list.noMatchTitle')}
        description={t('orders.list.noMatch')}
        action={
          <Button variant="default" onClick={onClear}>
            {t('orders.list.clearFilters')}
          </Button>
        }
      />
    );
  }
  return (
    <EmptyState
      title={t(`orders.view.${view}.emptyTitle`)}
      description={t(`orders.view.${view}.empty`)}
      action={
        view === 'action' ? undefined : (
          <Button component={Link} to={PRO_PATHS.newOrder}>
            {t('orders.newRequest')}
          </Button>
        )
      }
    />
  );
}

function OrderRow({ order, showOrganisation }: { order: OrderSummary; showOrganisation: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const device = [order.device_name, order.option_name].filter(Boolean).join(' · ');
  const titleId = `order-${order.id}`;
  return (
    <Card component="li" withBorder padding="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
            <Anchor
              component={Link}
              to={orderPath(order.id)}
              fw={700}
              size="lg"
              id={titleId}
              style={{ overflowWrap: 'anywhere' }}
            >
              {t(`orders.kind.${order.kind}`)} · {order.client_name}
            </Anchor>
            <Text size="sm" c="dark.5">
              {t('orders.number', { number: order.number })}
            </Text>
          </Stack>
          <Group gap={6}>
            {order.action_required ? <ActionBadge /> : null}
            <OrderStatusBadge status={order.status} />
          </Group>
        </Group>
        <Facts
          facts={[
            ...(device ? [{ label: t('orders.fields.device'), value: device }] : []),
            ...(order.rental_order_number
              ? [{ label: t('orders.fields.rental'), value: order.rental_order_number }]
              : []),
            { label: t('orders.fields.placedAt'), value: format.date(order.placed_at) },
            order.planned_for
              ? { label: t('orders.fields.plannedFor'), value: format.day(order.planned_for) }
              : { label: t('orders.fields.desiredDate'), value: format.day(order.desired_date) },
            ...(showOrganisation
              ? [{ label: t('orders.organisation'), value: order.organisation_name }]
              : []),
          ]}
        />
      </Stack>
    </Card>
  );
}
