import { SimpleGrid, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORDER_KINDS } from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import { newOrderPath } from '../paths';
import tiles from '../pages/tiles.module.css';
import { BranchCard } from './BranchCard';
import { useOrderOrganisations } from './organisations';
import { ordersCrumbs, OrdersFrame } from './OrdersFrame';

/** "New request": the four kinds, each a card with one line on what it is for. */
export default function NewOrderPage() {
  return (
    <RequireMember>
      <NewOrder />
    </RequireMember>
  );
}

function NewOrder() {
  const { t } = useTranslation();
  const organisations = useOrderOrganisations();
  return (
    <OrdersFrame
      title={t('orders.new.title')}
      lead={t('orders.new.lead')}
      crumbs={ordersCrumbs(t)}
      actions={null}
    >
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2 }}
        spacing="md"
        className={tiles.tiles}
        aria-label={t('orders.new.kinds')}
      >
        {ORDER_KINDS.map((kind) => (
          <li key={kind}>
            <Card
              component={Link}
              to={newOrderPath(kind)}
              withBorder
              padding="lg"
              className={tiles.tile}
            >
              <Stack gap={6}>
                <Title order={2} size="h3" c="kringTeal.8">
                  {t(`orders.new.${kind}.title`)}
                </Title>
                <Text size="sm">{t(`orders.new.${kind}.card`)}</Text>
              </Stack>
            </Card>
          </li>
        ))}
      </SimpleGrid>
      <Text size="sm" c="dark.6">
        {t('orders.new.followUpNote')}
      </Text>
      <BranchCard branch={organisations.active?.supplier_branch} />
    </OrdersFrame>
  );
}
