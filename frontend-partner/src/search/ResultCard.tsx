import { RatingSummary, useFormat } from '@kring/common';
import { Avatar, Badge, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderCard } from '../api/providers';
import { profilePath } from '../paths';
import classes from './ResultCard.module.css';

/**
 * One provider in the results: photo (or initials), name (the link to the profile; the whole
 * card is clickable), categories, introduction, stars, distance and the lowest price with the
 * member price.
 */
export function ResultCard({ provider }: { provider: ProviderCard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const numbers = useFormat();
  const price = provider.price_from;
  return (
    <Card withBorder padding="md" radius="md" className={classes.card}>
      <div className={classes.layout}>
        <div className={classes.photo}>
          {provider.photo_url ? (
            <Image src={provider.photo_url} alt="" w="100%" h="100%" radius="md" fit="cover" />
          ) : (
            <Avatar
              name={provider.name}
              color="kringTeal"
              variant="light"
              radius="md"
              size="100%"
              aria-hidden="true"
              styles={{ placeholder: { fontSize: 'clamp(1.25rem, 5vw, 2rem)' } }}
            />
          )}
        </div>
        <div>
          <Title order={3} size="h4" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
            <Link to={profilePath(provider.id)} className={classes.link}>
              {provider.name}
            </Link>
          </Title>
          {provider.company_name ? (
            <Text size="sm" c="dark.5" fw={600}>
              {provider.company_name}
            </Text>
          ) : null}
        </div>
        <Stack gap={6} miw={0} className={classes.details}>
          {provider.categories.length > 0 ? (
            <Group gap={6}>
              {provider.categories.map((category) => (
                <Badge key={category.id} variant="light" color="kringTeal" tt="none" size="md">
                  {category.name}
                </Badge>
              ))}
            </Group>
          ) : null}
          {provider.introduction ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} lineClamp={3}>
              {provider.introduction}
            </Text>
          ) : null}
          <RatingSummary rating={provider.rating} />
          <Group gap="md" wrap="wrap">
            {provider.distance_km !== null ? (
              <Text size="sm" fw={600}>
                {t('search.card.distance', { distance: numbers.distance(provider.distance_km) })}
              </Text>
            ) : null}
            {price ? (
              <Text size="sm" data-testid="price-from">
                <span style={{ whiteSpace: 'nowrap' }}>
                  {t('search.card.priceFrom', {
                    price: format.money(price.price_cents),
                    unit: t(`units.${price.unit}`),
                  })}
                </span>
                {' · '}
                <Text
                  component="span"
                  inherit
                  c="kringTeal.9"
                  fw={600}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {t('search.card.memberPrice', { price: format.money(price.member_price_cents) })}
                </Text>
              </Text>
            ) : null}
          </Group>
        </Stack>
      </div>
    </Card>
  );
}
