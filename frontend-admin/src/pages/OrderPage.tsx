import { ErrorState, LoadingState, PageHeader, useFormat, useMe } from '@kring/common';
import { Alert, Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { components } from '@kring/client';
import { useStaffOrder, type StaffOrder } from '../api/orders';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { AmendOrderDialog } from '../orders/AmendOrderDialog';
import { isDone, isSignedWlz } from '../orders/amendOrder';
import { OrderHistory } from '../orders/OrderHistory';
import { AwaitingSignatureBadge, OrderStatusBadge } from '../orders/OrderBadges';
import { SigningCard } from '../orders/SigningCard';
import { StatusChangeForm } from '../orders/StatusChangeForm';
import { ADMIN_PATHS, ORDER_PATHS, orderPath } from '../paths';

type Address = components['schemas']['DutchAddressRead'];

/** One order: every field, its history, and (handle_orders) the next step. */
export default function OrderPage() {
  return (
    <RequireStaff task="view_orders">
      <OrderView />
    </RequireStaff>
  );
}

function OrderView() {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const order = useStaffOrder(orderId);
  const me = useMe();
  const format = useFormat();
  const [amending, setAmending] = useState(false);
  const [amended, setAmended] = useState<'amended' | 'resign' | null>(null);
  if (order.isPending) return <LoadingState />;
  if (order.isError) {
    return <ErrorState error={order.error} onRetry={() => void order.refetch()} />;
  }
  const shown = order.data;
  const handler = mayDo(me.data, 'handle_orders');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        // The number alone: it fits on one line of a phone, and the crumbs say it is an order.
        title={shown.number}
        lead={t('order.lead', {
          kind: t(`orders.kind.${shown.kind}`),
          organisation: shown.organisation_name,
        })}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('orders.title'), to: ORDER_PATHS.list },
        ]}
        actions={
          <Stack gap={4} align="flex-end">
            <OrderStatusBadge status={shown.status} />
            {shown.action_required ? <AwaitingSignatureBadge /> : null}
          </Stack>
        }
      />
      <Text size="sm" c="dark.5">
        {t('order.logged')}
      </Text>
      {handler && !isDone(shown) ? (
        <Group gap="sm">
          <Button
            variant="light"
            onClick={() => {
              setAmended(null);
              setAmending(true);
            }}
          >
            {t('order.amend.button')}
          </Button>
        </Group>
      ) : null}
      {amended ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t(`order.amend.done.${amended}`)}
        </Alert>
      ) : null}
      {shown.hidden_from_portal_at ? (
        <Alert color="gray" variant="light">
          {t('order.hidden', { when: format.date(shown.hidden_from_portal_at) })}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <OrderDetails order={shown} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <ClientDetails order={shown} />
            <Dates order={shown} />
          </Stack>
        </Grid.Col>
      </Grid>
      <SigningCard order={shown} mayClear={handler} />
      {handler ? <StatusChangeForm order={shown} /> : null}
      <OrderHistory order={shown} />
      <AmendOrderDialog
        order={shown}
        opened={amending}
        onClose={() => setAmending(false)}
        // Said from the order as it was: a signature in force is now superseded.
        onAmended={() => setAmended(isSignedWlz(shown) ? 'resign' : 'amended')}
      />
    </Stack>
  );
}

function addressText(address: Address): string {
  const addition = address.house_number_addition ? ` ${address.house_number_addition}` : '';
  return `${address.street} ${address.house_number}${addition}, ${address.postcode} ${address.city}`;
}

function OrderDetails({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (value: boolean) => (value ? t('order.yes') : t('order.no'));
  const branch = order.supplier_branch;
  return (
    <SectionCard id="order-details" title={t('order.details.title')} gap="sm">
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem labelWidth={170} label={t('order.details.number')}>
          {order.number}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.kind')}>
          {t(`orders.kind.${order.kind}`)}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.status')}>
          <OrderStatusBadge status={order.status} />
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.placed')}>
          {order.placed_by_name
            ? t('order.details.placedBy', {
                when: format.dateTime(order.placed_at),
                name: order.placed_by_name,
              })
            : format.dateTime(order.placed_at)}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.organisation')}>
          {order.organisation_name}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.branch')}>
          {branch.name}
          {branch.phone ? (
            <>
              {' · '}
              <Anchor href={`tel:${branch.phone}`}>{format.phone(branch.phone)}</Anchor>
            </>
          ) : null}
        </DetailItem>
        {order.device ? (
          <DetailItem labelWidth={170} label={t('order.details.device')}>
            {`${order.device.code} · ${order.device.name}`}
            <Text size="sm" c="dark.5" component="span" display="block">
              {t('order.details.deviceKind', {
                category: t(`catalogue.category.${order.device.category}`),
                supply: t(`catalogue.supply.${order.device.supply}`),
              })}
            </Text>
          </DetailItem>
        ) : null}
        {order.option ? (
          <DetailItem labelWidth={170} label={t('order.details.option')}>
            {order.option.name}
          </DetailItem>
        ) : null}
        {order.rental_order ? (
          <DetailItem labelWidth={170} label={t('order.details.rental')}>
            <Anchor component={Link} to={orderPath(order.rental_order.id)}>
              {order.rental_order.number}
            </Anchor>
          </DetailItem>
        ) : null}
        {order.description ? (
          <DetailItem labelWidth={170} label={t('order.details.description')}>
            <span style={{ whiteSpace: 'pre-line' }}>{order.description}</span>
          </DetailItem>
        ) : null}
        <DetailItem labelWidth={170} label={t('order.details.desired')}>
          {format.day(order.desired_date)}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.notes')}>
          {order.notes ? <span style={{ whiteSpace: 'pre-line' }}>{order.notes}</span> : '–'}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.details.wlz')}>
          {yesNo(order.wlz_indication)}
        </DetailItem>
        {order.signature_required ? (
          <DetailItem labelWidth={170} label={t('order.details.signature')}>
            {order.signed_at
              ? t('order.details.signedAt', { when: format.dateTime(order.signed_at) })
              : t('order.details.notSigned')}
          </DetailItem>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

function ClientDetails({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { client, contact } = order;
  return (
    <SectionCard id="order-client" title={t('order.client.title')} gap="sm">
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem labelWidth={170} label={t('order.client.name')}>
          {client.name}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.client.birthDate')}>
          {format.day(client.birth_date)}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.client.address')}>
          {addressText(client.address)}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.client.deliveryAddress')}>
          {order.delivery_address
            ? addressText(order.delivery_address)
            : t('order.client.sameAddress')}
        </DetailItem>
        <DetailItem labelWidth={170} label={t('order.client.contact')}>
          {contact.name}
          {' · '}
          <Anchor href={`tel:${contact.phone}`}>{format.phone(contact.phone)}</Anchor>
        </DetailItem>
      </Stack>
    </SectionCard>
  );
}

const DATE_FIELDS = [
  'planned_for',
  'delivered_on',
  'repaired_on',
  'adjusted_on',
  'rental_ended_on',
  'picked_up_on',
] as const;

/** The days recorded so far, and how long a rental has been out. */
function Dates({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const known = DATE_FIELDS.filter((field) => order.dates[field]);
  return (
    <SectionCard id="order-dates" title={t('order.dates.title')} gap="sm">
      {known.length === 0 && order.days_outstanding === null ? (
        <Text size="sm">{t('order.dates.none')}</Text>
      ) : (
        <Stack component="dl" gap="xs" m={0}>
          {known.map((field) => (
            <DetailItem key={field} labelWidth={170} label={t(`order.dates.${field}`)}>
              {format.day(order.dates[field] ?? '')}
            </DetailItem>
          ))}
          {order.days_outstanding !== null ? (
            <DetailItem labelWidth={170} label={t('order.dates.outstanding')}>
              {t('order.dates.days', { count: order.days_outstanding })}
            </DetailItem>
          ) : null}
        </Stack>
      )}
    </SectionCard>
  );
}
