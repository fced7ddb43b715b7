import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

export type MyResidence = components['schemas']['MyResidence'];
export type NeighbourhoodSummary = components['schemas']['NeighbourhoodSummary'];
export type AddressIn = components['schemas']['AddressIn'];
export type ProfileIn = components['schemas']['ProfileIn'];
export type Helper = components['schemas']['Helper'];

/** The query keys of my place in a neighbourhood (issue 22). */
export const residenceKeys = {
  all: ['residence'] as const,
  mine: ['residence', 'mine'] as const,
  work: ['residence', 'work'] as const,
  helpers: (neighbourhood: string, skill: string | null, language: string) =>
    ['residence', 'helpers', neighbourhood, skill, language] as const,
};

/** My residence, or `null` when I have not joined a neighbourhood (the API's 404). */
export function useMyResidence(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: residenceKeys.mine,
    queryFn: async ({ signal }): Promise<MyResidence | null> => {
      try {
        return await requireData(client.GET('/api/v1/me/neighbourhood', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

/** The neighbourhoods I serve as their neighbourhood worker (often none). */
export function useMyNeighbourhoodWork(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: residenceKeys.work,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/me/neighbourhood-work', { signal })),
    enabled,
  });
}

/** Join (or move to) the neighbourhood of my home address. */
export function useSetAddress() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddressIn) => requireData(client.PUT('/api/v1/me/neighbourhood', { body })),
    onSuccess: (residence) => {
      queryClient.setQueryData(residenceKeys.mine, residence);
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

/** Accept an invite to a neighbourhood with my home address (it may lie outside the area). */
export function useAcceptInvite(token: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddressIn) =>
      requireData(
        client.POST('/api/v1/neighbourhood-invites/{token}/accept', {
          params: { path: { token } },
          body,
        }),
      ),
    onSuccess: (residence) => {
      queryClient.setQueryData(residenceKeys.mine, residence);
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export function useSetProfile() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileIn) =>
      requireData(client.PUT('/api/v1/me/neighbourhood/profile', { body })),
    onSuccess: (residence) => queryClient.setQueryData(residenceKeys.mine, residence),
  });
}

/** Leave my neighbourhood (my address and profile go with it). */
export function useLeaveNeighbourhood() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await client.DELETE('/api/v1/me/neighbourhood');
    },
    onSuccess: () => queryClient.setQueryData(residenceKeys.mine, null),
  });
}

/** The neighbours who offer a skill (`skill` a slug, or any), nearest first, page by page. */
export function useHelpers(neighbourhoodId: string, skill: string | null) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useInfiniteQuery({
    queryKey: residenceKeys.helpers(neighbourhoodId, skill, i18n.language),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/helpers', {
          params: {
            path: { neighbourhood_id: neighbourhoodId },
            query: {
              ...(skill ? { skill } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? null,
  });
}

/** Write privately to a neighbour (`to_user_id`) or to a post's author (`post_id`). */
export function useStartConversation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['ConversationCreate']) =>
      requireData(client.POST('/api/v1/conversations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['neighbour-messages'] }),
  });
}
