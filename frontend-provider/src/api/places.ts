import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { placeKeys } from './keys';

export type PlaceMatch = components['schemas']['PlaceMatch'];

/** The API answers from two characters on. */
export const MIN_PLACE_QUERY = 2;

/**
 * Places whose name (or another name) starts with `q`, accent-insensitive: the biggest first.
 * Disabled below two characters; keeps the last answer on screen while the next one loads.
 */
export function usePlaceSearch(q: string, limit = 8, country?: 'NL' | 'BE') {
  const client = useApiClient();
  const query = q.trim();
  return useQuery({
    queryKey: placeKeys.search(query.toLocaleLowerCase(), limit, country),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/places', {
          params: { query: { q: query, limit, ...(country ? { country } : {}) } },
          signal,
        }),
      ),
    enabled: query.length >= MIN_PLACE_QUERY,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}
