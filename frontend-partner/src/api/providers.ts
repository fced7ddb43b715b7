import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { toLanguage, useApiClient } from '@kring/common';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { providerKeys } from './keys';

export type SearchResults = components['schemas']['SearchResults'];
export type ProviderCard = components['schemas']['ProviderCard'];
export type PublicProfile = components['schemas']['PublicProfile'];
export type Review = components['schemas']['ReviewRead'];
export type ReviewPage = components['schemas']['Page_ReviewRead_'];
export type Rating = components['schemas']['Rating'];
export type ContactRequestCreate = components['schemas']['ContactRequestCreate'];
export type ContactReceipt = components['schemas']['ContactReceipt'];
/** The search without its place in the list: the pages' cursors are the hook's business. */
export type SearchQuery = Omit<
  NonNullable<operations['search:search_providers']['parameters']['query']>,
  'cursor'
>;

/**
 * The providers for `query`, a page at a time: `fetchNextPage` adds the next page (by the last
 * one's cursor) under the pages already there, which stay on screen while it loads.
 */
export function useProviderSearch(query: SearchQuery, enabled: boolean) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useInfiniteQuery({
    queryKey: providerKeys.search(query, language),
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/providers/search', {
          params: { query: pageParam ? { ...query, cursor: pageParam } : query },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    enabled,
    staleTime: 60_000,
  });
}

/** A live provider's public profile, with the first page of reviews. */
export function usePublicProfile(id: string) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useQuery({
    queryKey: providerKeys.profile(id, language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/providers/{profile_id}', {
          params: { path: { profile_id: id } },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}

/**
 * A provider's older reviews, after the first page that came with the profile: from its
 * `next_cursor` on, `limit` at a time. Nothing is fetched until `enabled` (the reader asks).
 */
export function useProviderReviews(id: string, first: ReviewPage, limit: number, enabled: boolean) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: providerKeys.reviews(id, first.next_cursor),
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/providers/{profile_id}/reviews', {
          params: { path: { profile_id: id }, query: { cursor: pageParam, limit } },
          signal,
        }),
      ),
    initialPageParam: first.next_cursor ?? '',
    getNextPageParam: (last) => last.next_cursor,
    enabled: enabled && first.next_cursor !== null,
    staleTime: 60_000,
  });
}

/** Sends the contact form; answers when the provider will have called back at the latest. */
export function useSendContactRequest(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: ContactRequestCreate) =>
      requireData(
        client.POST('/api/v1/providers/{profile_id}/contact-requests', {
          params: { path: { profile_id: id } },
          body,
        }),
      ),
  });
}
