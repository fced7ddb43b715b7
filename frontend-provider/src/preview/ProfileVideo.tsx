import { Anchor, Box, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProfile, TitleOrder } from './types';

/** The introduction video, played in the browser's own player; nothing without one. */
export function ProfileVideo({ profile, order }: { profile: PublicProfile; order: TitleOrder }) {
  const { t } = useTranslation();
  const { video } = profile;
  if (!video) return null;
  const label = t('preview.video.label', { name: profile.first_name });
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-video-title">
      <Title order={(order + 1) as 2 | 3} size="h3" id="profile-video-title">
        {t('preview.video.title')}
      </Title>
      <Box
        component="video"
        controls
        preload="metadata"
        src={video.url}
        aria-label={label}
        w="100%"
        mah={420}
        bg="black"
        style={{ borderRadius: 'var(--mantine-radius-md)', display: 'block' }}
      >
        <Anchor href={video.url}>{label}</Anchor>
      </Box>
    </Stack>
  );
}
