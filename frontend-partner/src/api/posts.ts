import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { fetchWithUploadProgress, useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postKeys } from './keys';

export type PostSummary = components['schemas']['PostSummary'];
export type PostRead = components['schemas']['PostRead'];
export type PostCreate = components['schemas']['PostCreate'];
export type PostKind = components['schemas']['PostKind'];
export type HelpFigures = components['schemas']['HelpFigures'];
export type UnansweredItem = components['schemas']['UnansweredItem'];
export type DayPart = components['schemas']['DayPart'];
export type NeighbourhoodPage = components['schemas']['NeighbourhoodPage'];
export type LocalOrganisation = components['schemas']['LocalOrganisationRead'];

export const DAY_PARTS: DayPart[] = ['morning', 'afternoon', 'evening'];

export function isDayPart(value: string | null): value is DayPart {
  return DAY_PARTS.includes(value as DayPart);
}

/** The API's own limit for a post's photo; it checks again (and the content). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'];

export const KINDS: PostKind[] = ['help_request', 'general', 'lost_and_found', 'giving_away'];

export function isKind(value: string | null): value is PostKind {
  return KINDS.includes(value as PostKind);
}

/** A neighbourhood's feed, newest first, one page (the labels come in my language). */
export function useFeed(neighbourhoodId: string, kind: PostKind | null, cursor: string | null) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: postKeys.feed(neighbourhoodId, kind, cursor, i18n.language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/posts', {
          params: {
            path: { neighbourhood_id: neighbourhoodId },
            query: { kind: kind ?? undefined, cursor: cursor ?? undefined },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useHelpFigures(neighbourhoodId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: postKeys.figures(neighbourhoodId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/help-figures', {
          params: { path: { neighbourhood_id: neighbourhoodId } },
          signal,
        }),
      ),
  });
}

export function useUnanswered(neighbourhoodId: string, cursor: string | null) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: postKeys.unanswered(neighbourhoodId, cursor, i18n.language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/unanswered', {
          params: {
            path: { neighbourhood_id: neighbourhoodId },
            query: { cursor: cursor ?? undefined },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePost(postId: string) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: postKeys.one(postId, i18n.language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/posts/{post_id}', { params: { path: { post_id: postId } }, signal }),
      ),
  });
}

/** After a change: the post's page shows the answer; feeds and figures are read again. */
function useSettle() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return (post: PostRead) => {
    queryClient.setQueryData(postKeys.one(post.id, i18n.language), post);
    void queryClient.invalidateQueries({ queryKey: postKeys.lists });
  };
}

export function useCreatePost(neighbourhoodId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: PostCreate) =>
      requireData(
        client.POST('/api/v1/neighbourhoods/{neighbourhood_id}/posts', {
          params: { path: { neighbourhood_id: neighbourhoodId } },
          body,
        }),
      ),
    onSuccess: settle,
  });
}

export function useReply(postId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: string) =>
      requireData(
        client.POST('/api/v1/posts/{post_id}/replies', {
          params: { path: { post_id: postId } },
          body: { body },
        }),
      ),
    onSuccess: settle,
  });
}

export function useSolve(postId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (solvedBy: string | null) =>
      requireData(
        client.POST('/api/v1/posts/{post_id}/solve', {
          params: { path: { post_id: postId } },
          body: { solved_by_user_id: solvedBy },
        }),
      ),
    onSuccess: settle,
  });
}

export function useWithdraw(postId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/posts/{post_id}/withdraw', { params: { path: { post_id: postId } } }),
      ),
    onSuccess: settle,
  });
}

/** The neighbourhood as its residents and workers see it: its name, its local organisations. */
export function useNeighbourhood(neighbourhoodId: string) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: postKeys.neighbourhood(neighbourhoodId, i18n.language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}', {
          params: { path: { neighbourhood_id: neighbourhoodId } },
          signal,
        }),
      ),
    enabled: neighbourhoodId !== '',
  });
}

// The photo goes as the request body itself, with its own type: no JSON, no form.
const asIs = (file: unknown) => file as BodyInit;

/**
 * Puts a photo on a post (replacing any); the API answers the post. `sent` is the fraction of
 * the file sent while it uploads.
 */
export function useUploadPostPhoto() {
  const client = useApiClient();
  const settle = useSettle();
  const [sent, setSent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ postId, file }: { postId: string; file: File }) => {
      setSent(0);
      return requireData(
        client.PUT('/api/v1/posts/{post_id}/photo', {
          params: { path: { post_id: postId } },
          body: file as unknown as string,
          bodySerializer: asIs,
          // Without a type the API refuses it in the user's language, like any other wrong file.
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
          fetch: fetchWithUploadProgress(setSent),
        }),
      );
    },
    onSuccess: settle,
    onSettled: () => setSent(null),
  });
  return { ...mutation, sent };
}

export function useDeletePostPhoto(postId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.DELETE('/api/v1/posts/{post_id}/photo', { params: { path: { post_id: postId } } }),
      ),
    onSuccess: settle,
  });
}

/** The worker refers a help request to one of the neighbourhood's local organisations. */
export function useRefer(postId: string) {
  const client = useApiClient();
  const settle = useSettle();
  return useMutation({
    mutationFn: (organisationId: string) =>
      requireData(
        client.POST('/api/v1/posts/{post_id}/referral', {
          params: { path: { post_id: postId } },
          body: { local_organisation_id: organisationId },
        }),
      ),
    onSuccess: settle,
  });
}
