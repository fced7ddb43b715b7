import { Anchor, Box, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';

/** The introduction video, in the browser's own player; nothing without one. */
export function ProfileVideo({
  profile,
  order,
}: {
  profile: ShownProfile;
  order: ProfileTitleOrder;
}) {
  const { t } = useTranslation();
  const { video } = profile;
  if (!video) return null;
  const label = t('profile.video.label', { name: profile.first_name });
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-video-title">
      <Title order={sectionOrder(order)} size="h3" id="profile-video-title">
        {t('profile.video.title')}
      </Title>
      <Box
        component="video"
        controls
        preload="metadata"
        aria-label={label}
        w="100%"
        mah={420}
        bg="black"
        style={{ borderRadius: 'var(--mantine-radius-md)', display: 'block' }}
        data-testid="profile-video"
      >
        {/* The type lets a browser that cannot play it skip the download. */}
        <source src={video.url} type={video.media_type} />
        <Anchor href={video.url}>{label}</Anchor>
      </Box>
    </Stack>
  );
}
