import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { toLanguage, useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { providerKeys } from './keys';

export type SearchResults = components['schemas']['SearchResults'];
export type ProviderCard = components['schemas']['ProviderCard'];
export type PublicProfile = components['schemas']['PublicProfile'];
export type Review = components['schemas']['ReviewRead'];
export type ReviewPage = components['schemas']['ReviewPage'];
export type Rating = components['schemas']['Rating'];
export type ContactRequestCreate = components['schemas']['ContactRequestCreate'];
export type ContactReceipt = components['schemas']['ContactReceipt'];
export type SearchQuery = NonNullable<operations['search:search_providers']['parameters']['query']>;

/** One page of providers for `query`; the last page stays on screen while the next loads. */
export function useProviderSearch(query: SearchQuery, enabled: boolean) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useQuery({
    queryKey: providerKeys.search(query, language),
    queryFn: ({ signal }) =>
      requireData(client.GET('/api/v1/providers/search', { params: { query }, signal })),
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

/** Page `page` of a provider's reviews (newest first); page 1 comes with the profile. */
export function useProviderReviews(id: string, page: number, pageSize: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: providerKeys.reviews(id, page),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/providers/{profile_id}/reviews', {
          params: { path: { profile_id: id }, query: { page, page_size: pageSize } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
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
