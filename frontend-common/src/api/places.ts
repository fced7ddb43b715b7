import type { components, KringClient } from '@kring/client';
import { requireData } from '@kring/client';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from './ApiClientContext';

export type PlaceMatch = components['schemas']['PlaceMatch'];

/** The API answers from two characters on. */
export const MIN_PLACE_QUERY = 2;
const LIMIT = 8;

export interface PlaceSearchOptions {
  /** At most this many places, the biggest first (8 unless said). */
  limit?: number;
  /** Places in this country only. */
  country?: 'NL' | 'BE';
}

export const placeKeys = {
  all: ['places'] as const,
  search: (q: string, limit: number, country?: string) =>
    ['places', 'search', q, limit, country ?? 'any'] as const,
};

function placesQuery(
  client: KringClient,
  q: string,
  { limit = LIMIT, country }: PlaceSearchOptions,
) {
  const query = q.trim();
  return {
    queryKey: placeKeys.search(query.toLocaleLowerCase(), limit, country),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      requireData(
        client.GET('/api/v1/places', {
          params: { query: { q: query, limit, ...(country ? { country } : {}) } },
          signal,
        }),
      ),
    staleTime: 10 * 60_000,
  };
}

/**
 * Places whose name (or another name) starts with `q`, accent-insensitive: the biggest first.
 * Disabled below two characters and for `enabled: false`; keeps the last answer on screen while
 * the next one loads.
 */
export function usePlaceSearch(
  q: string,
  { enabled = true, ...options }: PlaceSearchOptions & { enabled?: boolean } = {},
) {
  const client = useApiClient();
  return useQuery({
    ...placesQuery(client, q, options),
    enabled: enabled && q.trim().length >= MIN_PLACE_QUERY,
    placeholderData: keepPreviousData,
  });
}

/** The same search, once, for a name typed without picking from the list. */
export function useFindPlaces(options: PlaceSearchOptions = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { limit, country } = options;
  return useCallback(
    (q: string) =>
      queryClient.fetchQuery(
        placesQuery(client, q, {
          ...(limit === undefined ? {} : { limit }),
          ...(country === undefined ? {} : { country }),
        }),
      ),
    [client, queryClient, limit, country],
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Utrecht, Nederland", or "ook: Bruxelles · Brussel, België" when another name matched. */
export function placeDetail(place: PlaceMatch, t: T): string {
  const where = [place.province, t(`common.place.country.${place.country}`)]
    .filter(Boolean)
    .join(', ');
  return place.matched_name
    ? `${t('common.place.matchedName', { name: place.matched_name })} · ${where}`
    : where;
}
