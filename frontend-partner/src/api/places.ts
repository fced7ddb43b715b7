import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { placeKeys } from './keys';

export type PlaceMatch = components['schemas']['PlaceMatch'];

/** The API answers from two characters on. */
export const MIN_PLACE_QUERY = 2;
const LIMIT = 8;

/**
 * Places whose name (or another name) starts with `q`, accent-insensitive: the biggest first.
 * Disabled below two characters and for `enabled: false`; keeps the last answer on screen while
 * the next one loads.
 */
export function usePlaceSearch(q: string, enabled = true) {
  const client = useApiClient();
  const query = q.trim();
  return useQuery({
    queryKey: placeKeys.search(query.toLocaleLowerCase(), LIMIT),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/places', { params: { query: { q: query, limit: LIMIT } }, signal }),
      ),
    enabled: enabled && query.length >= MIN_PLACE_QUERY,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}

/** The same search, once, for a name typed without picking from the list. */
export function useFindPlaces() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (q: string) => {
      const query = q.trim();
      return queryClient.fetchQuery({
        queryKey: placeKeys.search(query.toLocaleLowerCase(), LIMIT),
        queryFn: ({ signal }) =>
          requireData(
            client.GET('/api/v1/places', {
              params: { query: { q: query, limit: LIMIT } },
              signal,
            }),
          ),
        staleTime: 10 * 60_000,
      });
    },
    [client, queryClient],
  );
}
