import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CROP, type PhotoCrop } from './uploads';

export type HelperProfile = components['schemas']['HelperProfileRead'];
export type HelperProfileBody = components['schemas']['HelperProfileWrite'];
export type HelperMissing = HelperProfile['missing'][number];
export type Skill = components['schemas']['SkillRead'];

export const helperKeys = { profile: ['helper-profile'] as const };
const skillKeys = { list: (language: string) => ['skills', language] as const };

/** My helper profile, or `null` before I saved one (the API answers 404 until then). */
export function useHelperProfile({ enabled = true }: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: helperKeys.profile,
    queryFn: async ({ signal }): Promise<HelperProfile | null> => {
      try {
        return await requireData(client.GET('/api/v1/helper/profile', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

/** A change that answers the whole profile: it replaces the cached one. */
function useHelperChange<TInput>(change: (input: TInput) => Promise<HelperProfile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (profile) => queryClient.setQueryData(helperKeys.profile, profile),
  });
}

/** Creates or replaces my whole helper profile. */
export function useSaveHelperProfile() {
  const client = useApiClient();
  return useHelperChange((body: HelperProfileBody) =>
    requireData(client.PUT('/api/v1/helper/profile', { body })),
  );
}

/** Makes my helper profile active (refused, naming what is missing, until it is complete). */
export function useActivateHelperProfile() {
  const client = useApiClient();
  return useHelperChange(() => requireData(client.POST('/api/v1/helper/profile/activation')));
}

// The file goes as the request body itself, with its own type: no JSON, no form.
const asIs = (file: unknown) => file as BodyInit;

/** The portrait's uploads, crop and removal, for `PhotoField`. */
export function useUploadHelperPhoto() {
  const client = useApiClient();
  return useHelperChange((file: File) =>
    requireData(
      client.PUT('/api/v1/helper/profile/photo', {
        params: { query: DEFAULT_CROP },
        body: file as unknown as string,
        bodySerializer: asIs,
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
      }),
    ),
  );
}

export function useCropHelperPhoto() {
  const client = useApiClient();
  return useHelperChange((crop: PhotoCrop) =>
    requireData(client.PUT('/api/v1/helper/profile/photo/crop', { body: crop })),
  );
}

export function useDeleteHelperPhoto() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.DELETE('/api/v1/helper/profile/photo'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: helperKeys.profile }),
  });
}

/** Kring's skills list in my language, grouped by the API. */
export function useSkills() {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: skillKeys.list(i18n.language),
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/skills', { signal })),
    staleTime: 60 * 60 * 1000,
  });
}
