import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { postKeys } from './keys';

export type PostSummary = components['schemas']['PostSummary'];
export type PostRead = components['schemas']['PostRead'];
export type PostCreate = components['schemas']['PostCreate'];
export type PostKind = components['schemas']['PostKind'];
export type HelpFigures = components['schemas']['HelpFigures'];
export type UnansweredItem = components['schemas']['UnansweredItem'];

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
