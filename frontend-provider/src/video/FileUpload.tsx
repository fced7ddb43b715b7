import { Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_VIDEO_BYTES, videoTypeOf } from '../api/video';
import { FileDrop } from '../wizard/upload/FileDrop';
import { UploadStatus, type VideoUpload } from './UploadStatus';

/**
 * The other way: a video made elsewhere (a phone, a camera), MP4 or WebM up to 100 MB. Size and
 * type are checked here before a long upload; the API checks the content.
 */
export function FileUpload({ upload }: { upload: VideoUpload }) {
  const { t } = useTranslation();
  const [wrongType, setWrongType] = useState(false);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="video-upload-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="video-upload-title">
          {t('video.upload.title')}
        </Title>
        <Text size="sm">{t('video.upload.lead')}</Text>
        <FileDrop
          id="video-file"
          label={t('video.upload.label')}
          hint={t('video.upload.hint')}
          accept="video/mp4,video/webm"
          maxBytes={MAX_VIDEO_BYTES}
          busy={upload.busy}
          error={
            wrongType ? t('video.upload.wrongType') : upload.source === 'file' ? upload.error : null
          }
          onFile={(file) => {
            const fits = videoTypeOf(file) !== null;
            setWrongType(!fits);
            if (fits) void upload.save(file, 'file');
          }}
        />
        <UploadStatus upload={upload} source="file" withError={false} />
      </Stack>
    </Card>
  );
}
