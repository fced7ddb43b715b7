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
