import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { organisationKeys } from './keys';

export type Organisation = components['schemas']['OrganisationRead'];

/** Organisations to choose from (by name, KvK or enterprise number), the first page only. */
export function useOrganisationSearch(q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationKeys.search(q),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations', {
          params: { query: { ...(q ? { q } : {}), limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page of the organisation search; the page is named by its cursor, for a shared link. */
export function useOrganisationList(q: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...organisationKeys.search(q), cursor],
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations', {
          params: { query: { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}), limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...organisationKeys.all, 'detail', organisationId],
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations/{organisation_id}', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}
