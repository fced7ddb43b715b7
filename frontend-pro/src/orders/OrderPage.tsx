import { Alert, Button, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORDER_KINDS, type Order } from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import { newOrderPath } from '../paths';
import { BranchCard } from './BranchCard';
import { OrderActions } from './OrderActions';
import { ClientDetails, DeviceDetails, OrderHistory, RequestDetails } from './OrderDetails';
import { ordersCrumbs, OrdersFrame } from './OrdersFrame';
import { SigningSection } from './SigningSection';
import { useOrderOfPage } from './useOrderPage';

/** One order: everything about it, its status history, download and send, whom to call. */
export default function OrderPage() {
  return (
    <RequireMember>
      <OrderView />
    </RequireMember>
  );
}

function OrderView() {
  const { t } = useTranslation();
  const { order, state } = useOrderOfPage();
  const title = order
    ? t('orders.detail.title', { number: order.number })
    : t('orders.detail.loading');
  return (
    <OrdersFrame
      title={title}
      lead={order ? `${t(`orders.kind.${order.kind}`)} · ${order.client.name}` : undefined}
      crumbs={ordersCrumbs(t)}
    >
      {order ? <OrderBody order={order} /> : state}
    </OrdersFrame>
  );
}

function OrderBody({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {order.action_required && !order.signing?.open_refusal ? (
        <Alert color="red" variant="light" role="note" title={t('orders.actionRequired')}>
          {t('orders.detail.actionRequired')}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            {order.signing ? <SigningSection order={order} signing={order.signing} /> : null}
            <RequestDetails order={order} title={t('orders.detail.requestTitle')} />
            <ClientDetails order={order} />
            <DeviceDetails order={order} />
            <OrderHistory order={order} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" component="section" aria-labelledby="order-pdf">
              <Stack gap="sm">
                <Title order={2} size="h4" id="order-pdf">
                  {t('orders.detail.pdfTitle')}
                </Title>
                <Text size="sm" c="dark.5">
                  {t('orders.detail.pdfLead')}
                </Text>
                <OrderActions order={order} />
              </Stack>
            </Card>
            {isOutstandingRental(order) ? <FollowUps order={order} /> : null}
            <BranchCard branch={order.supplier_branch} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** A delivered rental not yet picked up: what can be asked for it next. */
function isOutstandingRental(order: Order): boolean {
  return (
    order.kind === 'rental' && order.status !== 'picked_up' && order.dates.delivered_on !== null
  );
}

function FollowUps({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="order-follow-ups">
      <Stack gap="sm">
        <Title order={2} size="h4" id="order-follow-ups">
          {t('orders.detail.followUpsTitle')}
        </Title>
        {ORDER_KINDS.filter((kind) => kind !== 'rental').map((kind) => (
          <Button
            key={kind}
            component={Link}
            to={newOrderPath(kind, order.id)}
            variant="light"
            justify="flex-start"
          >
            {t(`orders.new.${kind}.title`)}
          </Button>
        ))}
      </Stack>
    </Card>
  );
}
