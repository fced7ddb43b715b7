import { useFormat } from '@kring/common';
import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from '../api/orders';
import { DetailList } from '../components/DetailList';
import { RequireMember } from '../members/ActiveMember';
import { orderPath, PRO_PATHS } from '../paths';
import { BranchCard } from './BranchCard';
import { OrderActions } from './OrderActions';
import { ordersCrumbs, OrdersFrame } from './OrdersFrame';
import { useOrderOfPage } from './useOrderPage';

/**
 * Right after placing a request: "Your request has been received", its number and summary,
 * "Send the request" and "Download the request", and for anything urgent, whom to call now.
 */
export default function OrderPlacedPage() {
  return (
    <RequireMember>
      <OrderPlaced />
    </RequireMember>
  );
}

function OrderPlaced() {
  const { t } = useTranslation();
  const { order, state } = useOrderOfPage();
  return (
    <OrdersFrame
      title={t('orders.placed.title')}
      lead={order ? t('orders.placed.lead', { number: order.number }) : undefined}
      crumbs={ordersCrumbs(t)}
      actions={null}
    >
      {order ? <Placed order={order} /> : state}
    </OrdersFrame>
  );
}

function Placed({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const what = order.device
    ? [order.device.name, order.option?.name].filter(Boolean).join(' · ')
    : null;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="placed-summary">
        <Stack gap="md">
          <Title order={2} size="h3" id="placed-summary">
            {t('orders.placed.summaryTitle')}
          </Title>
          <DetailList
            details={[
              { label: t('orders.fields.number'), value: <strong>{order.number}</strong> },
              { label: t('orders.fields.kind'), value: t(`orders.kind.${order.kind}`) },
              { label: t('orders.fields.clientName'), value: order.client.name },
              ...(what ? [{ label: t('orders.fields.device'), value: what }] : []),
              ...(order.rental_order
                ? [{ label: t('orders.fields.rental'), value: order.rental_order.number }]
                : []),
              { label: t('orders.fields.desiredDate'), value: format.day(order.desired_date) },
              { label: t('orders.organisation'), value: order.organisation_name },
              { label: t('orders.fields.branch'), value: order.supplier_branch.name },
            ]}
          />
          {order.signature_required && !order.signed_at ? (
            <Alert color="kringClay" variant="light" role="note">
              {t('orders.placed.wlz')}
            </Alert>
          ) : null}
          <OrderActions order={order} />
        </Stack>
      </Card>
      <BranchCard branch={order.supplier_branch} />
      <Group gap="sm">
        <Button component={Link} to={orderPath(order.id)} variant="light">
          {t('orders.placed.view')}
        </Button>
        <Button component={Link} to={PRO_PATHS.newOrder} variant="default">
          {t('orders.placed.another')}
        </Button>
      </Group>
      <Text size="sm">
        <Anchor component={Link} to={PRO_PATHS.orders}>
          {t('orders.placed.toList')}
        </Anchor>
      </Text>
    </Stack>
  );
}
