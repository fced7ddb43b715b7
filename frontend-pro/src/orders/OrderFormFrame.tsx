import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BranchContact, OrderKind } from '../api/orders';
import { PRO_PATHS } from '../paths';
import { BranchCard } from './BranchCard';
import { ordersCrumbs, OrdersFrame } from './OrdersFrame';

/** The page around one kind's request form: its title and the way back to the choice. */
export function OrderFormFrame({ kind, children }: { kind: OrderKind; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <OrdersFrame
      title={t(`orders.new.${kind}.title`)}
      lead={t(`orders.new.${kind}.lead`)}
      crumbs={ordersCrumbs(t, { label: t('orders.new.title'), to: PRO_PATHS.newOrder })}
      actions={
        <Button component={Link} to={PRO_PATHS.newOrder} variant="default">
          {t('orders.form.otherKind')}
        </Button>
      }
    >
      {children}
    </OrdersFrame>
  );
}

/**
 * The end of a request form: where one would look for "urgent" or "cancel", the card that says
 * to call the branch; then the submit button.
 */
export function OrderFormFooter({
  branch,
  submitting,
}: {
  branch: BranchContact | null | undefined;
  submitting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <BranchCard branch={branch} />
      <Group gap="sm">
        <Button type="submit" size="md" loading={submitting}>
          {t('orders.form.submit')}
        </Button>
        <Button component={Link} to={PRO_PATHS.newOrder} variant="default" size="md">
          {t('orders.form.back')}
        </Button>
      </Group>
    </Stack>
  );
}
