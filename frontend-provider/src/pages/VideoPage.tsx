import { errorMessage } from '@kring/common';
import { isApiProblem } from '@kring/client';
import { Alert, Grid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderProfile } from '../api/profile';
import { useUploadVideo } from '../api/video';
import { PageHeader } from '../home/PageHeader';
import { RequireProfile } from '../home/RequireProfile';
import { CurrentVideo } from '../video/CurrentVideo';
import { FileUpload } from '../video/FileUpload';
import { Recorder } from '../video/Recorder';
import type { UploadSource, VideoUpload } from '../video/UploadStatus';
import { IntroductionPrompts, VideoHelp, VideoTips } from '../video/VideoAdvice';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The API's reason, or for a refusal on size without one (a proxy), the limit in plain words. */
function uploadError(error: unknown, t: T): string {
  if (isApiProblem(error) && error.status === 413) {
    return error.errors[0]?.message ?? error.detail ?? t('video.upload.tooLarge');
  }
  return errorMessage(error, t);
}

/**
 * The introduction video: what to say and how it looks good, recording it in the browser or
 * uploading a file, and the video saved now.
 */
export default function VideoPage() {
  return <RequireProfile>{(profile) => <VideoEnvironment profile={profile} />}</RequireProfile>;
}

function VideoEnvironment({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const uploadVideo = useUploadVideo();
  const [source, setSource] = useState<UploadSource | null>(null);
  const [notice, setNotice] = useState<'saved' | 'deleted' | null>(null);
  const upload: VideoUpload = {
    save: async (video, from) => {
      setSource(from);
      setNotice(null);
      try {
        await uploadVideo.mutateAsync(video);
        setNotice('saved');
        return true;
      } catch {
        return false;
      }
    },
    busy: uploadVideo.isPending,
    sent: uploadVideo.sent,
    error: uploadVideo.isError ? uploadError(uploadVideo.error, t) : null,
    source,
  };

  return (
    <Stack maw={1100} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={0}>
        <PageHeader title={t('video.title')} lead={t('video.lead')} />
        <div role="status">
          {notice ? (
            <Alert color="kringTeal" variant="light" mt="lg" data-testid="video-notice">
              <Text size="sm" fw={600} c="kringTeal.9">
                {t(`video.notice.${notice}`)}
              </Text>
            </Alert>
          ) : null}
        </div>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <IntroductionPrompts />
            <Recorder upload={upload} onStart={() => setNotice(null)} />
            <FileUpload upload={upload} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CurrentVideo profile={profile} onDeleted={() => setNotice('deleted')} />
            <VideoTips />
            <VideoHelp />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
