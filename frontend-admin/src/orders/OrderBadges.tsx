import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../api/orders';

const COLOURS: Record<OrderStatus, string> = {
  // Received: waiting for the branch to plan it.
  received: 'orange',
  planned: 'blue',
  on_the_way: 'blue',
  delivered: 'kringTeal',
  repaired: 'kringTeal',
  adjusted: 'kringTeal',
  ended: 'kringClay',
  picked_up: 'gray',
};

/** An order's status in words, coloured so a list can be scanned. */
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={COLOURS[status]} asWritten>
      {t(`orders.status.${status}`)}
    </StatusBadge>
  );
}

/** A Wlz order the care professional has not signed yet: the branch cannot deliver it. */
export function AwaitingSignatureBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge color="red" asWritten>
      {t('orders.awaitingSignature')}
    </StatusBadge>
  );
}
