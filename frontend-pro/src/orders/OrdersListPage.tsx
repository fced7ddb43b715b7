import { EmptyState, ErrorState, LoadingState, useFormat } from '@kring/common';
import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  ORDER_KINDS,
  ORDER_STATUSES,
  ORDER_VIEWS,
  useOrders,
  type OrderFilters,
  type OrderSummary,
  type OrderView,
} from '../api/orders';
import { SIGN_MAX } from '../api/signing';
import { RequireMember } from '../members/ActiveMember';
import { orderPath, PRO_PATHS, signOrdersPath } from '../paths';
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
import { ActionBadge, OrderStatusBadge, RefusedBadge } from './OrderBadges';
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
  // Waiting for me: the orders to sign can be selected and signed at once.
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const signable = filters.view === 'action' ? items.filter(isSignable) : [];
  const selected = chosen.filter((id) => signable.some((order) => order.id === id));
  const toggle = (id: string, on: boolean) =>
    setChosen(on ? [...selected, id] : selected.filter((other) => other !== id));
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
          {signable.length > 0 ? (
            <SelectionBar
              signable={signable}
              selected={selected}
              onSelect={(ids) => setChosen(ids)}
            />
          ) : null}
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
              <OrderRow
                key={order.id}
                order={order}
                showOrganisation={organisations.several}
                selection={
                  signable.includes(order)
                    ? {
                        checked: selected.includes(order.id),
                        // At most 50 at once: the others wait until one is unchecked.
                        disabled: !selected.includes(order.id) && selected.length >= SIGN_MAX,
                        onChange: (on) => toggle(order.id, on),
                      }
                    : undefined
                }
              />
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

/** A Wlz order I can sign now: waiting for me, not refused. */
function isSignable(order: OrderSummary): boolean {
  return order.action_required && !order.refused;
}

/**
 * Over the list of orders to sign: "select all" (of those shown, at most 50), how many are
 * selected, and "Tekenen voor akkoord", which opens the signing screen with them.
 */
function SelectionBar({
  signable,
  selected,
  onSelect,
}: {
  signable: readonly OrderSummary[];
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countId = useId();
  const all = signable.slice(0, SIGN_MAX).map((order) => order.id);
  const allChecked = selected.length > 0 && selected.length === all.length;
  return (
    <Card withBorder padding="sm" radius="md" bg="gray.0" data-testid="sign-selection">
      <Group justify="space-between" gap="sm">
        <Checkbox
          label={
            signable.length > SIGN_MAX
              ? t('orders.select.firstMax', { max: SIGN_MAX })
              : t('orders.select.all')
          }
          checked={allChecked}
          indeterminate={selected.length > 0 && !allChecked}
          onChange={(event) => onSelect(event.currentTarget.checked ? all : [])}
        />
        <Group gap="sm">
          <Text size="sm" id={countId} role="status" aria-live="polite" data-testid="sign-count">
            {t('orders.select.count', { count: selected.length })}
          </Text>
          <Button
            disabled={selected.length === 0}
            aria-describedby={countId}
            onClick={() => void navigate(signOrdersPath(selected))}
          >
            {t('orders.select.sign')}
          </Button>
        </Group>
      </Group>
      {selected.length >= SIGN_MAX ? (
        <Text size="sm" c="dark.5" mt="xs">
          {t('orders.select.max', { max: SIGN_MAX })}
        </Text>
      ) : null}
    </Card>
  );
}

interface Selection {
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}

function OrderRow({
  order,
  showOrganisation,
  selection,
}: {
  order: OrderSummary;
  showOrganisation: boolean;
  /** A checkbox to select the order for signing. */
  selection?: Selection;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const device = [order.device_name, order.option_name].filter(Boolean).join(' · ');
  const titleId = `order-${order.id}`;
  return (
    <Card component="li" withBorder padding="md" radius="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          {selection ? (
            <Checkbox
              mt={4}
              size="md"
              aria-label={t('orders.select.one', {
                number: order.number,
                client: order.client_name,
              })}
              checked={selection.checked}
              disabled={selection.disabled}
              onChange={(event) => selection.onChange(event.currentTarget.checked)}
            />
          ) : null}
          <Group justify="space-between" align="flex-start" gap="sm" style={{ flex: 1 }} miw={0}>
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
              {order.refused ? <RefusedBadge /> : order.action_required ? <ActionBadge /> : null}
              <OrderStatusBadge status={order.status} />
            </Group>
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
