import { useFormat } from '@kring/common';
import { Anchor, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from '../api/orders';
import { DetailList, type Detail } from '../components/DetailList';
import { orderPath } from '../paths';
import { CategoryBadge, OrderStatusBadge } from './OrderBadges';

type Address = NonNullable<Order['delivery_address']>;

/** "Lindelaan 12 A, 3511 AB Utrecht". */
export function addressLine(address: Address): string {
  const number = [address.house_number, address.house_number_addition].filter(Boolean).join(' ');
  return `${address.street} ${number}, ${address.postcode} ${address.city}`;
}

/**
 * Where a part of an order is shown: its own page (headings of level 2, the default), or one of
 * several orders on the signing screen (level 3, ids prefixed so they stay unique).
 */
export interface PartPlacement {
  idPrefix?: string;
  level?: 2 | 3;
}

export function Section({
  id,
  title,
  level = 2,
  children,
}: {
  id: string;
  title: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={level} size={level === 2 ? 'h3' : 'h4'} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The request itself: kind, status, number, organisation, who placed it and when. */
export function RequestDetails({
  order,
  title,
  idPrefix = '',
  level,
}: { order: Order; title: string } & PartPlacement) {
  const { t } = useTranslation();
  const format = useFormat();
  const details: Detail[] = [
    { label: t('orders.fields.number'), value: order.number },
    { label: t('orders.fields.kind'), value: t(`orders.kind.${order.kind}`) },
    { label: t('orders.fields.status'), value: <OrderStatusBadge status={order.status} /> },
    { label: t('orders.organisation'), value: order.organisation_name },
    {
      label: t('orders.fields.placedAt'),
      value: order.placed_by_name
        ? t('orders.detail.placedBy', {
            date: format.dateTime(order.placed_at),
            name: order.placed_by_name,
          })
        : format.dateTime(order.placed_at),
    },
    { label: t('orders.fields.desiredDate'), value: format.day(order.desired_date) },
    ...DATE_FIELDS.flatMap((field) => {
      const value = order.dates[field];
      return value ? [{ label: t(`orders.dates.${field}`), value: format.day(value) }] : [];
    }),
    ...(order.days_outstanding !== null
      ? [
          {
            label: t('orders.fields.daysOutstanding'),
            value: t('orders.days', { count: order.days_outstanding }),
          },
        ]
      : []),
  ];
  return (
    <Section id={`${idPrefix}order-request`} title={title} level={level}>
      <DetailList details={details} />
    </Section>
  );
}

const DATE_FIELDS = [
  'planned_for',
  'delivered_on',
  'repaired_on',
  'adjusted_on',
  'rental_ended_on',
  'picked_up_on',
] as const satisfies readonly (keyof Order['dates'])[];

/** The client, where the device goes and who is there. */
export function ClientDetails({ order, idPrefix = '', level }: { order: Order } & PartPlacement) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id={`${idPrefix}order-client`} title={t('orders.detail.clientTitle')} level={level}>
      <DetailList
        details={[
          { label: t('orders.fields.clientName'), value: order.client.name },
          { label: t('orders.fields.birthDate'), value: format.day(order.client.birth_date) },
          { label: t('orders.fields.clientAddress'), value: addressLine(order.client.address) },
          {
            label: t('orders.fields.deliveryAddress'),
            value: order.delivery_address
              ? addressLine(order.delivery_address)
              : t('orders.detail.sameAddress'),
          },
          {
            label: t('orders.fields.contact'),
            value: (
              <>
                {order.contact.name} ·{' '}
                <Anchor href={`tel:${order.contact.phone}`}>
                  {format.phone(order.contact.phone)}
                </Anchor>
              </>
            ),
          },
        ]}
      />
    </Section>
  );
}

/** The device, its option, the Wlz indication and signature, and what was asked. */
export function DeviceDetails({ order, idPrefix = '', level }: { order: Order } & PartPlacement) {
  const { t } = useTranslation();
  const format = useFormat();
  const details: Detail[] = [
    ...(order.device
      ? [
          {
            label: t('orders.fields.device'),
            value: (
              <Group gap="xs" component="span" wrap="wrap">
                <span>
                  {order.device.name} ({order.device.code})
                </span>
                <CategoryBadge category={order.device.category} />
              </Group>
            ),
          },
        ]
      : []),
    ...(order.option ? [{ label: t('orders.fields.option'), value: order.option.name }] : []),
    ...(order.rental_order
      ? [
          {
            label: t('orders.fields.rental'),
            value: (
              <Anchor component={Link} to={orderPath(order.rental_order.id)}>
                {order.rental_order.number}
              </Anchor>
            ),
          },
        ]
      : []),
    {
      label: t('orders.fields.wlzIndication'),
      value: order.wlz_indication ? t('orders.form.yes') : t('orders.form.no'),
    },
    ...(order.signature_required
      ? [
          {
            label: t('orders.fields.signature'),
            value: order.signed_at
              ? t('orders.detail.signedAt', { date: format.dateTime(order.signed_at) })
              : t('orders.detail.notSigned'),
          },
        ]
      : []),
    ...(order.description
      ? [{ label: t('orders.fields.description'), value: order.description }]
      : []),
    { label: t('orders.fields.notes'), value: order.notes },
  ];
  return (
    <Section id={`${idPrefix}order-device`} title={t('orders.detail.deviceTitle')} level={level}>
      <DetailList details={details} />
    </Section>
  );
}

/** The status history as a timeline, oldest first, the latest step marked. */
export function OrderHistory({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = [...order.history].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section id="order-history" title={t('orders.detail.historyTitle')}>
      {events.length === 0 ? (
        <Text size="sm">{t('orders.detail.noHistory')}</Text>
      ) : (
        <Timeline active={events.length - 1} bulletSize={16} lineWidth={2} role="list">
          {events.map((event) => (
            <Timeline.Item
              key={`${event.at}-${event.status}`}
              role="listitem"
              title={
                <Text fw={700} component="span">
                  {t(`orders.status.${event.status}`)}
                </Text>
              }
            >
              <Stack gap={2}>
                <Text size="sm" c="dark.5">
                  {event.by_name
                    ? t('orders.detail.eventBy', {
                        date: format.dateTime(event.at),
                        name: event.by_name,
                      })
                    : format.dateTime(event.at)}
                </Text>
                {event.on_date ? (
                  <Text size="sm">
                    {t(`orders.detail.onDate.${event.status === 'planned' ? 'planned' : 'done'}`, {
                      date: format.day(event.on_date),
                    })}
                  </Text>
                ) : null}
                {event.note ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {event.note}
                  </Text>
                ) : null}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Section>
  );
}
