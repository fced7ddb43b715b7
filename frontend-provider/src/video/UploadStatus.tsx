import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type UploadSource = 'recording' | 'file';

/** The page's one upload, shared by the recorder and the file picker. */
export interface VideoUpload {
  /** Uploads the video; `true` when the API took it. */
  save: (video: Blob, source: UploadSource) => Promise<boolean>;
  busy: boolean;
  /** The fraction sent so far, while busy. */
  sent: number | null;
  /** Why the last upload failed, in the user's language. */
  error: string | null;
  /** Which of the two started the last upload. */
  source: UploadSource | null;
}

/** How far the upload is ("42% verstuurd"), or why it failed, under the part that started it. */
export function UploadStatus({
  upload,
  source,
  withError = true,
}: {
  upload: VideoUpload;
  source: UploadSource;
  /** The file picker shows the error on its own field. */
  withError?: boolean;
}) {
  const { t } = useTranslation();
  if (upload.source !== source) return null;
  if (upload.busy) {
    const percent = Math.round((upload.sent ?? 0) * 100);
    const text = t('video.upload.progress', { percent });
    return (
      <Stack gap={4} role="status" maw={420}>
        <Text size="sm" fw={600}>
          {text}
        </Text>
        <Progress value={percent} size="lg" striped animated aria-label={text} />
      </Stack>
    );
  }
  if (upload.error && withError) {
    return (
      <Text size="sm" c="red.9" fw={500} role="alert">
        {upload.error}
      </Text>
    );
  }
  return null;
}
