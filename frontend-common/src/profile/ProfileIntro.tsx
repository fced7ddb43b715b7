import { Avatar, Box, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RatingSummary } from './Stars';
import type { ProfileTitleOrder, ShownProfile } from './types';

/**
 * "Maak kennis met …" (the profile's title, at `order`), the portrait, the company, the
 * categories, the rating (where known) and the short introduction.
 */
export function ProfileIntro({
  profile,
  order,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
}) {
  const { t } = useTranslation();
  const photo = profile.photo_urls?.medium ?? profile.photo_urls?.large ?? null;
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      {/* Smaller on phones, so the introduction starts on the first screen. */}
      <Box w={{ base: 112, sm: 160 }} h={{ base: 112, sm: 160 }} style={{ flex: 'none' }}>
        {photo ? (
          <Image
            src={photo}
            alt={t('profile.photoAlt', { name: profile.name })}
            w="100%"
            h="100%"
            radius="md"
            fit="cover"
          />
        ) : (
          <Avatar
            name={profile.name}
            size="100%"
            radius="md"
            color="kringTeal"
            variant="light"
            aria-hidden="true"
            styles={{ placeholder: { fontSize: 'clamp(2.5rem, 10vw, 3.5rem)' } }}
          />
        )}
      </Box>
      <Stack gap="xs" style={{ flex: '1 1 260px' }} miw={0}>
        <Title
          order={order}
          fz={{ base: 26, sm: 32 }}
          lh={1.2}
          style={{ overflowWrap: 'anywhere' }}
        >
          {t('profile.meet', { name: profile.first_name })}
        </Title>
        {profile.company_name ? (
          <Text fw={600} c="dark.6">
            {profile.company_name}
          </Text>
        ) : null}
        {profile.categories.length > 0 ? (
          <Text size="sm" c="kringTeal.9" fw={600}>
            {t('profile.categories', {
              categories: profile.categories.map((category) => category.name).join(', '),
            })}
          </Text>
        ) : null}
        {profile.rating ? <RatingSummary rating={profile.rating} /> : null}
        {profile.introduction ? (
          <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
            {profile.introduction}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
