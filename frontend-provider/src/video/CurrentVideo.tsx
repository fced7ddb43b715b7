import { errorMessage, formatFileSize, useFormat } from '@kring/common';
import { Alert, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderProfile } from '../api/profile';
import { useDeleteVideo } from '../api/video';

/**
 * The video saved now: to watch, when it came, whether Kring has looked at it (the badge waits
 * for that), and removing it after a second "yes".
 */
export function CurrentVideo({
  profile,
  onDeleted,
}: {
  profile: ProviderProfile;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const remove = useDeleteVideo();
  const [confirming, setConfirming] = useState(false);
  const { video } = profile;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="video-current-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="video-current-title">
          {t('video.current.title')}
        </Title>
        {video ? (
          <>
            <Box
              component="video"
              key={video.url}
              controls
              preload="metadata"
              src={video.url}
              aria-label={t('video.current.label')}
              w="100%"
              bg="black"
              style={{
                borderRadius: 'var(--mantine-radius-md)',
                display: 'block',
                aspectRatio: '16 / 9',
              }}
              data-testid="current-video"
            />
            <Text size="sm" c="dark.5">
              {t('video.current.uploaded', {
                date: format.dateTime(video.uploaded_at),
                size: formatFileSize(video.bytes, i18n.language),
              })}
            </Text>
            <Alert
              color={profile.badges.introduction_video ? 'kringTeal' : 'kringClay'}
              variant="light"
              data-testid="video-review"
            >
              <Text size="sm">
                {profile.badges.introduction_video
                  ? t('video.current.approved')
                  : t('video.current.review')}
              </Text>
            </Alert>
            {confirming ? (
              <Stack gap="xs" role="group" aria-labelledby="video-delete-question">
                <Text size="sm" fw={600} id="video-delete-question">
                  {t('video.current.confirm')}
                </Text>
                <Group gap="sm">
                  <Button
                    color="red.8"
                    loading={remove.isPending}
                    onClick={() =>
                      remove.mutate(undefined, {
                        onSuccess: () => {
                          setConfirming(false);
                          onDeleted();
                        },
                      })
                    }
                  >
                    {t('video.current.confirmDelete')}
                  </Button>
                  <Button variant="default" onClick={() => setConfirming(false)}>
                    {t('video.current.keep')}
                  </Button>
                </Group>
              </Stack>
            ) : (
              <Group>
                <Button
                  variant="default"
                  color="red.8"
                  c="red.9"
                  onClick={() => setConfirming(true)}
                >
                  {t('video.current.delete')}
                </Button>
              </Group>
            )}
            {remove.isError ? (
              <Text size="sm" c="red.9" role="alert">
                {errorMessage(remove.error, t)}
              </Text>
            ) : null}
          </>
        ) : (
          <Text c="dark.5">{t('video.current.none')}</Text>
        )}
      </Stack>
    </Card>
  );
}
