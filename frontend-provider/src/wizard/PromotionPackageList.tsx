import { useFormat } from '@kring/common';
import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROMOTION_PACKAGES, type PromotionPackage } from './promotionPackages';

/**
 * The four promotion packages side by side (one under the other on phones): name, stars, price
 * per year, and what each adds to the one before it ("Alles uit het Pluspakket, en:").
 */
export function PromotionPackageList({ headingOrder }: { headingOrder: 2 | 3 | 4 }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" data-testid="promotion-packages">
      {PROMOTION_PACKAGES.map((pkg) => (
        <PackageCard key={pkg.id} pkg={pkg} headingOrder={headingOrder} />
      ))}
    </SimpleGrid>
  );
}

function PackageCard({ pkg, headingOrder }: { pkg: PromotionPackage; headingOrder: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const price = format.money(pkg.priceCents);
  const titleId = `promotion-package-${pkg.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5" id={titleId}>
          {t(`promotionPackages.name.${pkg.id}`)}
        </Title>
        <Text
          c="kringClay.8"
          fz="lg"
          lh={1}
          aria-label={t('promotionPackages.stars', { count: pkg.stars })}
          role="img"
        >
          {'★'.repeat(pkg.stars)}
        </Text>
        <Text fw={700}>
          {pkg.from
            ? t('promotionPackages.priceFrom', { price })
            : t('promotionPackages.price', { price })}
        </Text>
        {pkg.includes ? (
          <Text size="sm" c="dark.5">
            {t('promotionPackages.includes', {
              name: t(`promotionPackages.name.${pkg.includes}`),
            })}
          </Text>
        ) : null}
        <List size="sm" spacing={4}>
          {pkg.adds.map((activity) => (
            <List.Item key={activity}>{t(`promotionPackages.activity.${activity}`)}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
