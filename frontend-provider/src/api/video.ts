import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { fetchWithUploadProgress, useApiClient } from '@kring/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { profileKeys } from './keys';

export type Video = components['schemas']['VideoRead'];

/** The API's own limit; it checks again (and checks the content). */
export const MAX_VIDEO_BYTES = 100 * 1024 * 1024;
export const VIDEO_TYPES = ['video/mp4', 'video/webm'] as const;
export type VideoType = (typeof VIDEO_TYPES)[number];

const BY_EXTENSION: Record<string, VideoType> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
};

/**
 * The type the API takes for a recording or a file: the browser's type without its codecs
 * (`video/webm;codecs=vp8,opus` → `video/webm`), else the name's extension (some systems give
 * files no type); `null` when it is neither MP4 nor WebM.
 */
export function videoTypeOf(video: Blob): VideoType | null {
  const type = video.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if ((VIDEO_TYPES as readonly string[]).includes(type)) return type as VideoType;
  const name = 'name' in video && typeof video.name === 'string' ? video.name : '';
  const extension = name.includes('.') ? name.split('.').pop()?.toLowerCase() : undefined;
  return (!type && extension && BY_EXTENSION[extension]) || null;
}

// The video goes as the request body itself, with its own type: no JSON, no form.
const asIs = (video: unknown) => video as BodyInit;

/**
 * Uploads my introduction video (a recording or a file); the API answers the whole profile,
 * which replaces the cached one. `sent` is the fraction of the video sent while it uploads.
 */
export function useUploadVideo() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (video: Blob) => {
      setSent(0);
      return requireData(
        client.PUT('/api/v1/provider/profile/video', {
          body: video as unknown as string,
          bodySerializer: asIs,
          // Anything else is refused by the API in the user's language, like any wrong file.
          headers: {
            'Content-Type': videoTypeOf(video) ?? (video.type || 'application/octet-stream'),
          },
          fetch: fetchWithUploadProgress(setSent),
        }),
      );
    },
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.all, profile),
    onSettled: () => setSent(null),
  });
  return { ...mutation, sent };
}

/** Removes my video (and with it the badge); the profile is fetched again. */
export function useDeleteVideo() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.DELETE('/api/v1/provider/profile/video'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.all }),
  });
}
