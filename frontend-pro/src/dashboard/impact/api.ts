// The service dashboard's impact figures (municipalities and social services): the figures over
// a period, the neighbourhoods served (for the filter) and the CSV export.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, saveFile, useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

export type Impact = components['schemas']['Impact'];
export type PeopleFigures = components['schemas']['PeopleFigures'];
export type ServedNeighbourhood = components['schemas']['ServedNeighbourhood'];

/** The period and the neighbourhood asked for; empty means the API's default. */
export interface ImpactQuery {
  from: string;
  to: string;
  neighbourhoodId: string;
}

export const impactKeys = {
  all: ['impact'] as const,
  figures: (organisationId: string, query: ImpactQuery) =>
    ['impact', organisationId, 'figures', query] as const,
  served: (organisationId: string) => ['impact', organisationId, 'served'] as const,
};

function period(query: ImpactQuery) {
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
}

/** The figures: in total, per neighbourhood, per skill and per month. */
export function useImpact(organisationId: string, query: ImpactQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: impactKeys.figures(organisationId, query),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/impact', {
          params: {
            path: { organisation_id: organisationId },
            query: {
              ...period(query),
              ...(query.neighbourhoodId ? { neighbourhood_id: query.neighbourhoodId } : {}),
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The neighbourhoods the organisation serves, by name. */
export function useServedNeighbourhoods(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: impactKeys.served(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/neighbourhoods', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}

/** Fetches the CSV (in the reader's language) and saves it, named as the API says. */
export function useExportImpact(organisationId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (query: ImpactQuery) => {
      const { response } = await client.GET(
        '/api/v1/organisations/{organisation_id}/impact/export',
        {
          params: { path: { organisation_id: organisationId }, query: period(query) },
          parseAs: 'stream',
        },
      );
      if (!response.ok) throw new Error(`export failed: ${response.status}`);
      const blob = new Blob([await response.arrayBuffer()], { type: 'text/csv' });
      const name = attachmentName(response, 'impact.csv');
      saveFile(blob, name);
      return name;
    },
  });
}
