import { Avatar, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProfile, TitleOrder } from './types';

/** "Maak kennis met …", the categories, the portrait and the short introduction. */
export function ProfileIntro({ profile, order }: { profile: PublicProfile; order: TitleOrder }) {
  const { t } = useTranslation();
  const name = profile.first_name;
  const photo = profile.photo?.urls.medium ?? profile.photo?.urls.large ?? null;
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      {photo ? (
        <Image
          src={photo}
          alt={t('preview.photoAlt', { name })}
          w={160}
          h={160}
          radius="md"
          fit="cover"
        />
      ) : (
        <Avatar size={160} radius="md" color="kringTeal" aria-hidden="true">
          <Text fz={64} fw={700} inherit>
            {name.slice(0, 1).toUpperCase()}
          </Text>
        </Avatar>
      )}
      <Stack gap="xs" style={{ flex: '1 1 260px' }} miw={0}>
        <Title
          order={order}
          fz={{ base: 24, sm: 30 }}
          lh={1.2}
          style={{ overflowWrap: 'anywhere' }}
        >
          {t('preview.meet', { name })}
        </Title>
        {profile.company_name ? (
          <Text fw={600} c="dark.6">
            {profile.company_name}
          </Text>
        ) : null}
        {profile.categories.length > 0 ? (
          <Text size="sm" c="kringTeal.9" fw={600}>
            {t('preview.categories', {
              categories: profile.categories.map((category) => category.name).join(', '),
            })}
          </Text>
        ) : null}
        {profile.introduction ? (
          <Text size="lg" style={{ overflowWrap: 'anywhere' }}>
            {profile.introduction}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
