import { FormErrors } from '@kring/common';
import { Button, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  useDeletePostPhoto,
  useUploadPostPhoto,
  type PostRead,
} from '../api/posts';

/** Why a chosen file cannot be a post's photo (the API checks again), or null. */
export function photoProblem(file: File): 'photoWrongType' | 'photoTooLarge' | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'photoWrongType';
  if (file.size > MAX_PHOTO_BYTES) return 'photoTooLarge';
  return null;
}

/** How far the photo is sent, as a bar with its words. */
export function UploadProgress({ sent }: { sent: number | null }) {
  const { t } = useTranslation();
  if (sent === null) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('posts.photo.uploading')}</Text>
      <Progress
        value={Math.round(sent * 100)}
        aria-label={t('posts.photo.progress')}
        color="kringTeal.7"
      />
    </Stack>
  );
}

/** The post's photo, as large as the page allows; its title tells what it shows. */
export function PostPhoto({ post }: { post: PostRead }) {
  if (!post.photo_url) return null;
  return (
    <Image
      src={post.photo_url}
      alt={post.title}
      radius="md"
      mah={520}
      w="auto"
      maw="100%"
      fit="contain"
      style={{ alignSelf: 'flex-start' }}
    />
  );
}

/** The author's: add, replace (while the post is open) or remove the photo. */
export function PhotoControls({ post }: { post: PostRead }) {
  const { t } = useTranslation();
  const upload = useUploadPostPhoto();
  const remove = useDeletePostPhoto(post.id);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!post.can_change_photo && !(post.is_mine && post.photo_url)) return null;
  const error = problem ?? upload.error?.message ?? remove.error?.message;
  const onChoose = (file: File | undefined) => {
    if (!file) return;
    const wrong = photoProblem(file);
    setProblem(wrong ? t(`posts.ask.${wrong}`) : null);
    if (!wrong) upload.mutate({ postId: post.id, file });
    if (input.current) input.current.value = '';
  };
  return (
    <Stack gap="xs">
      <FormErrors messages={error ? [error] : []} />
      <UploadProgress sent={upload.sent} />
      <Group gap="sm">
        {post.can_change_photo ? (
          <>
            <input
              ref={input}
              id="post-photo-change"
              type="file"
              accept={PHOTO_TYPES.join(',')}
              aria-label={post.photo_url ? t('posts.photo.replace') : t('posts.photo.choose')}
              style={{ display: 'none' }}
              onChange={(event) => onChoose(event.currentTarget.files?.[0])}
            />
            <Button
              variant="light"
              color="kringTeal"
              loading={upload.isPending}
              onClick={() => input.current?.click()}
            >
              {post.photo_url ? t('posts.photo.replace') : t('posts.photo.choose')}
            </Button>
          </>
        ) : null}
        {post.photo_url ? (
          <Button
            variant="default"
            loading={remove.isPending}
            onClick={() => {
              setProblem(null);
              remove.mutate();
            }}
          >
            {t('posts.photo.remove')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
