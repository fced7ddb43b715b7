import { StatusBadge } from '@kring/common';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceCategory, OrderStatus } from '../api/orders';

/** Waiting for the branch (blue), on its way (clay), done (teal), closed (grey). */
const STATUS_COLOR: Record<OrderStatus, string> = {
  received: 'blue',
  planned: 'blue',
  on_the_way: 'kringClay',
  delivered: 'kringTeal',
  repaired: 'kringTeal',
  adjusted: 'kringTeal',
  ended: 'gray',
  picked_up: 'gray',
};

/** An order's status in words. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} asWritten>
      {t(`orders.status.${status}`)}
    </StatusBadge>
  );
}

/** A Wlz order waiting for the care professional's signature. */
export function ActionBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge color="red" asWritten>
      {t('orders.actionRequired')}
    </StatusBadge>
  );
}

/** A Wlz order the care professional refused to sign; the branch deals with it. */
export function RefusedBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge color="orange" asWritten>
      {t('orders.refused')}
    </StatusBadge>
  );
}

const CATEGORY_COLOR: Record<DeviceCategory, string> = {
  GRZ: 'kringTeal',
  ELV: 'blue',
  AD: 'kringClay',
};

/** GRZ, ELV or AD, with its full name for screen readers and on hover. */
export function CategoryBadge({ category }: { category: DeviceCategory }) {
  const { t } = useTranslation();
  const name = t(`orders.category.${category}`);
  return (
    <Badge
      variant="outline"
      color={CATEGORY_COLOR[category]}
      c={`${CATEGORY_COLOR[category]}.9`}
      title={name}
      styles={{ label: { overflow: 'visible' } }}
    >
      <abbr title={name} style={{ textDecoration: 'none' }}>
        {category}
      </abbr>
    </Badge>
  );
}
