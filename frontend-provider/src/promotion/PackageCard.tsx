import { useFormat } from '@kring/common';
import { Badge, Box, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromotionPackage } from '../api/promotion';
import type { PackageActivities } from './activities';
import { Stars } from './Stars';

export interface PackageCardProps {
  pack: PromotionPackage;
  activities: PackageActivities;
  /** The administrative fee the first invoice deducts (0 once deducted). */
  feeCreditCents: number;
  /** A request for this package is waiting for Kring. */
  waiting: boolean;
  canRequest: boolean;
  /** Id of the text that says why a package cannot be asked for now. */
  reasonId?: string;
  onRequest: () => void;
}

/**
 * One package: stars, name, price per year ("vanaf" for the fee package), what it costs after the
 * fee already paid, what Kring does for it, and the button to ask for it.
 */
export function PackageCard(props: PackageCardProps) {
  const { pack, activities, feeCreditCents, waiting, canRequest, reasonId, onRequest } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `package-${pack.package}-title`;
  const price = format.money(pack.price_cents);
  const afterCredit = format.money(Math.max(pack.price_cents - feeCreditCents, 0));
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid={`package-${pack.package}`}
      style={
        waiting ? { borderColor: 'var(--mantine-color-kringClay-6)', borderWidth: 2 } : undefined
      }
    >
      <Stack gap="sm" h="100%">
        <Stars count={pack.stars} />
        <Title order={2} size="h3" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {pack.name}
        </Title>
        <Box>
          {pack.price_is_minimum ? (
            <Text size="sm" c="dark.5">
              {t('promotion.from')}
            </Text>
          ) : null}
          <Text fz={26} fw={800} lh={1.1} c="kringTeal.9">
            {price}
          </Text>
          <Text size="sm" c="dark.5">
            {t('promotion.perYear')}
          </Text>
        </Box>
        {feeCreditCents > 0 ? (
          <Text size="sm" fw={600} data-testid={`package-${pack.package}-pay`}>
            {pack.price_is_minimum
              ? t('promotion.youPayFrom', { name: pack.name, price: afterCredit })
              : t('promotion.youPay', { name: pack.name, price: afterCredit })}
          </Text>
        ) : null}
        <Stack gap={6}>
          <Text size="sm" fw={700}>
            {activities.builtOn
              ? t('promotion.everythingOf', { name: activities.builtOn.name })
              : t('promotion.activities')}
          </Text>
          <List size="sm" spacing={4}>
            {activities.added.map((activity) => (
              <List.Item key={activity}>{activity}</List.Item>
            ))}
          </List>
        </Stack>
        <Box mt="auto" pt="sm">
          {waiting ? (
            <Badge size="lg" variant="light" color="kringClay" fullWidth>
              {t('promotion.requests.requestedShort')}
            </Badge>
          ) : (
            <Button
              fullWidth
              disabled={!canRequest}
              onClick={onRequest}
              aria-label={t('promotion.requestNamed', { name: pack.name })}
              aria-describedby={canRequest ? undefined : reasonId}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              h="auto"
              mih={40}
              py={6}
            >
              {t('promotion.request')}
            </Button>
          )}
        </Box>
      </Stack>
    </Card>
  );
}
