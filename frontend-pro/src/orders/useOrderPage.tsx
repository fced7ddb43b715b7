import { isApiProblem } from '@kring/client';
import { ErrorState, EmptyState, LoadingState } from '@kring/common';
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOrder, type Order } from '../api/orders';
import { PRO_PATHS } from '../paths';

/**
 * The order of the address (`:orderId`), and what to show while it loads or when it cannot be
 * had: a foreign or unknown order is "not found", as the API says (404).
 */
export function useOrderOfPage(): { order: Order | undefined; state: ReactNode } {
  const { t } = useTranslation();
  const { orderId } = useParams();
  const order = useOrder(orderId);
  if (order.data) return { order: order.data, state: null };
  if (order.isError) {
    if (isApiProblem(order.error) && (order.error.status === 404 || order.error.status === 422)) {
      return {
        order: undefined,
        state: (
          <EmptyState
            title={t('orders.detail.notFoundTitle')}
            description={t('orders.detail.notFound')}
            action={
              <Button component={Link} to={PRO_PATHS.orders}>
                {t('orders.detail.toList')}
              </Button>
            }
          />
        ),
      };
    }
    return {
      order: undefined,
      state: <ErrorState error={order.error} onRetry={() => void order.refetch()} />,
    };
  }
  return { order: undefined, state: <LoadingState /> };
}
