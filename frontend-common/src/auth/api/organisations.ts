import { requireData } from '@kring/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { meKeys, type Me } from './me';

export const organisationKeys = { all: ['organisations'] as const };

/** The organisations I can act for (the chooser filters them as I type). */
export function useMyOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/me/organisations', { signal })),
  });
}

/**
 * Act for another organisation in this session. Everything cached belonged to the organisation
 * before, so all queries but `me` (which the answer replaces) start afresh.
 */
export function useChooseOrganisation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string): Promise<Me> =>
      requireData(
        client.PUT('/api/v1/me/active-organisation', {
          body: { organisation_id: organisationId },
        }),
      ),
    onSuccess: (me) => {
      queryClient.setQueryData(meKeys.all, me);
      void queryClient.resetQueries({
        predicate: (query) => query.queryKey[0] !== meKeys.all[0],
      });
    },
  });
}
