import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { partnerAccessKeys } from './keys';

export type PartnerAccess = components['schemas']['PartnerAccess'];
export type PartnerAccessRequest = components['schemas']['PartnerAccessRequestRead'];
export type PartnerAccessRequestCreate = components['schemas']['PartnerAccessRequestCreate'];

/** Whether I am a verified partner, and my latest request. */
export function usePartnerAccess() {
  const client = useApiClient();
  return useQuery({
    queryKey: partnerAccessKeys.mine,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/partner/access', { signal })),
  });
}

export function useRequestPartnerAccess() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerAccessRequestCreate) =>
      requireData(client.POST('/api/v1/partner/access/requests', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerAccessKeys.mine }),
  });
}
