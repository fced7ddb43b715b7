// Neighbourhoods in the staff console: the list, one neighbourhood with its areas and workers,
// its local organisations, and the changes staff with manage_neighbourhoods make.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type NeighbourhoodSummary = components['schemas']['NeighbourhoodAdminSummary'];
export type Neighbourhood = components['schemas']['NeighbourhoodAdminRead'];
export type NeighbourhoodCreate = components['schemas']['NeighbourhoodCreate'];
export type NeighbourhoodUpdate = components['schemas']['NeighbourhoodUpdate'];
export type LocalOrganisation = components['schemas']['LocalOrganisationRead'];
export type LocalOrganisationCreate = components['schemas']['LocalOrganisationCreate'];

export const neighbourhoodKeys = {
  all: ['neighbourhoods'] as const,
  list: ['neighbourhoods', 'list'] as const,
  detail: (id: string) => ['neighbourhoods', 'detail', id] as const,
  organisations: (id: string) => ['neighbourhoods', 'organisations', id] as const,
};

const path = (id: string) => ({ path: { neighbourhood_id: id } });

/** Every neighbourhood, archived ones too, by name. */
export function useNeighbourhoods() {
  const client = useApiClient();
  return useQuery({
    queryKey: neighbourhoodKeys.list,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/admin/neighbourhoods', { signal })),
  });
}

export function useNeighbourhood(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: neighbourhoodKeys.detail(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/neighbourhoods/{neighbourhood_id}', { params: path(id), signal }),
      ),
    enabled: Boolean(id),
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (neighbourhood: Neighbourhood) => {
    void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.list });
    queryClient.setQueryData(neighbourhoodKeys.detail(neighbourhood.id), neighbourhood);
  };
}

export function useCreateNeighbourhood() {
  const client = useApiClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: NeighbourhoodCreate) =>
      requireData(client.POST('/api/v1/admin/neighbourhoods', { body })),
    onSuccess: saved,
  });
}

export function useUpdateNeighbourhood(id: string) {
  const client = useApiClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: NeighbourhoodUpdate) =>
      requireData(
        client.PATCH('/api/v1/admin/neighbourhoods/{neighbourhood_id}', { params: path(id), body }),
      ),
    onSuccess: saved,
  });
}

/** Archive (true) or bring back (false). */
export function useArchiveNeighbourhood(id: string) {
  const client = useApiClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (archive: boolean) =>
      requireData(
        archive
          ? client.POST('/api/v1/admin/neighbourhoods/{neighbourhood_id}/archive', {
              params: path(id),
            })
          : client.POST('/api/v1/admin/neighbourhoods/{neighbourhood_id}/unarchive', {
              params: path(id),
            }),
      ),
    onSuccess: saved,
  });
}

/** Make a verified partner the neighbourhood's worker (422 for anyone else). */
export function useAddWorker(id: string) {
  const client = useApiClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (userId: string) =>
      requireData(
        client.PUT('/api/v1/admin/neighbourhoods/{neighbourhood_id}/workers/{user_id}', {
          params: { path: { neighbourhood_id: id, user_id: userId } },
        }),
      ),
    onSuccess: saved,
  });
}

export function useRemoveWorker(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      const { error } = await client.DELETE(
        '/api/v1/admin/neighbourhoods/{neighbourhood_id}/workers/{user_id}',
        { params: { path: { neighbourhood_id: id, user_id: userId } } },
      );
      if (error) throw error;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.all }),
  });
}

/** The neighbourhood's local organisations, archived ones too. */
export function useLocalOrganisations(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: neighbourhoodKeys.organisations(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/neighbourhoods/{neighbourhood_id}/local-organisations', {
          params: path(id),
          signal,
        }),
      ),
  });
}

export function useCreateLocalOrganisation(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LocalOrganisationCreate) =>
      requireData(
        client.POST('/api/v1/admin/neighbourhoods/{neighbourhood_id}/local-organisations', {
          params: path(id),
          body,
        }),
      ),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.organisations(id) }),
  });
}

export function useArchiveLocalOrganisation(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) =>
      requireData(
        client.POST(
          '/api/v1/admin/neighbourhoods/{neighbourhood_id}/local-organisations/{local_organisation_id}/archive',
          { params: { path: { neighbourhood_id: id, local_organisation_id: organisationId } } },
        ),
      ),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.organisations(id) }),
  });
}

/** Let a municipality or social service serve the neighbourhood (422 for any other kind). */
export function useAddServiceOrganisation(id: string) {
  const client = useApiClient();
  const saved = useSaved();
  return useMutation({
    mutationFn: (organisationId: string) =>
      requireData(
        client.PUT(
          '/api/v1/admin/neighbourhoods/{neighbourhood_id}/service-organisations/{organisation_id}',
          { params: { path: { neighbourhood_id: id, organisation_id: organisationId } } },
        ),
      ),
    onSuccess: saved,
  });
}

export function useRemoveServiceOrganisation(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (organisationId: string) => {
      const { error } = await client.DELETE(
        '/api/v1/admin/neighbourhoods/{neighbourhood_id}/service-organisations/{organisation_id}',
        { params: { path: { neighbourhood_id: id, organisation_id: organisationId } } },
      );
      if (error) throw error;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: neighbourhoodKeys.all }),
  });
}
