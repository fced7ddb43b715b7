import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { profileKeys } from './keys';
import type { ProviderProfile } from './profile';

export type Photo = components['schemas']['PhotoRead'];
export type PhotoCrop = components['schemas']['PhotoCrop'];
export type PriceList = components['schemas']['PriceListRead'];
export type Vog = components['schemas']['VogRead'];

/** The API's own limit for the photo, price list and VOG; it checks again (and the content). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The square the API cuts when nothing else is asked: the middle, the face at a third. */
export const DEFAULT_CROP: PhotoCrop = { x: 0.5, y: 0.33, zoom: 1 };

// The file goes as the request body itself, with its own type: no JSON, no form.
const asIs = (file: unknown) => file as BodyInit;

/** A change that answers the whole profile: it replaces the cached one. */
function useProfileChange<TInput>(change: (input: TInput) => Promise<ProviderProfile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.all, profile),
  });
}

/** A removal answers 204: the profile is fetched again. */
function useProfileRemoval(remove: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.all }),
  });
}

/** Uploads my portrait (PNG or JPEG), cut to the default square; saved at once. */
export function useUploadPhoto() {
  const client = useApiClient();
  return useProfileChange((file: File) =>
    requireData(
      client.PUT('/api/v1/provider/profile/photo', {
        params: { query: DEFAULT_CROP },
        body: file as unknown as string,
        bodySerializer: asIs,
        // Without a type the API refuses it in the user's language, like any other wrong file.
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      }),
    ),
  );
}

/** Moves or zooms the square of my portrait; the API cuts the sizes again. */
export function useCropPhoto() {
  const client = useApiClient();
  return useProfileChange((crop: PhotoCrop) =>
    requireData(client.PUT('/api/v1/provider/profile/photo/crop', { body: crop })),
  );
}

export function useDeletePhoto() {
  const client = useApiClient();
  return useProfileRemoval(() => client.DELETE('/api/v1/provider/profile/photo'));
}

/** Uploads my price list (a PDF) that customers download from my profile. */
export function useUploadPriceList() {
  const client = useApiClient();
  return useProfileChange((file: File) =>
    requireData(
      client.PUT('/api/v1/provider/profile/price-list', {
        body: file as unknown as string,
        bodySerializer: asIs,
        headers: { 'Content-Type': 'application/pdf' },
      }),
    ),
  );
}

export function useDeletePriceList() {
  const client = useApiClient();
  return useProfileRemoval(() => client.DELETE('/api/v1/provider/profile/price-list'));
}

/**
 * Where the untouched original of my portrait is: the API lists the square sizes, and the
 * original sits beside them under the same version.
 */
export function originalPhotoUrl(photo: Photo): string | undefined {
  if (photo.urls.original) return photo.urls.original;
  const sized = photo.urls.large ?? photo.urls.medium ?? photo.urls.small;
  return sized?.replace(/\/(large|medium|small)(?=\?|$)/, '/original');
}

/**
 * Uploads my certificate of conduct (VOG, a PDF) in place of the one before: Kring's staff
 * check it (again), and the answer says where that stands.
 */
export function useUploadVog() {
  const client = useApiClient();
  return useProfileChange((file: File) =>
    requireData(
      client.PUT('/api/v1/provider/profile/vog', {
        body: file as unknown as string,
        bodySerializer: asIs,
        headers: { 'Content-Type': 'application/pdf' },
      }),
    ),
  );
}
