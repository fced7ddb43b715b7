// The service dashboard of a municipality or social service: the neighbourhoods it serves.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useQuery } from '@tanstack/react-query';

export type ServedNeighbourhood = components['schemas']['ServedNeighbourhood'];

export const dashboardKeys = {
  all: ['dashboard'] as const,
  served: (organisationId: string) => ['dashboard', organisationId, 'served'] as const,
};

/** The neighbourhoods the organisation serves, with residents and volunteers counted. */
export function useServedNeighbourhoods(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: dashboardKeys.served(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/neighbourhoods', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}
