import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { partnerAccessKeys, queueKeys } from './keys';

export type PartnerAccessRequest = components['schemas']['PartnerAccessRequestSummary'];
export type PartnerAccessStatus = components['schemas']['PartnerAccessStatus'];

/** The queue's filter: one status, or every request. */
export type PartnerAccessFilter = PartnerAccessStatus | 'all';
export const PARTNER_ACCESS_FILTERS: readonly PartnerAccessFilter[] = [
  'requested',
  'accepted',
  'refused',
  'all',
];

/** Requests by deadline, soonest first: overdue ones lead. */
export function usePartnerAccessRequests(filter: PartnerAccessFilter, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnerAccessKeys.list(filter, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/partner-access-requests', {
          params: {
            query: {
              ...(filter === 'all' ? {} : { status: filter }),
              ...(cursor ? { cursor } : {}),
              limit: 20,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One request; the API records the read in the person's audit trail. */
export function usePartnerAccessRequest(requestId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnerAccessKeys.detail(requestId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/partner-access-requests/{request_id}', {
          params: { path: { request_id: requestId } },
          signal,
        }),
      ),
  });
}

function useAnswered() {
  const queryClient = useQueryClient();
  return (answered: PartnerAccessRequest) => {
    queryClient.setQueryData(partnerAccessKeys.detail(answered.id), answered);
    void queryClient.invalidateQueries({ queryKey: partnerAccessKeys.all });
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
  };
}

/** Accept: the person is a verified partner and is told by e-mail. */
export function useAcceptPartnerAccess(requestId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/admin/partner-access-requests/{request_id}/acceptance', {
          params: { path: { request_id: requestId } },
        }),
      ),
    onSuccess: useAnswered(),
  });
}

/** Refuse with a reason, which is mailed to the person; they may ask again. */
export function useRefusePartnerAccess(requestId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (reason: string) =>
      requireData(
        client.POST('/api/v1/admin/partner-access-requests/{request_id}/refusal', {
          params: { path: { request_id: requestId } },
          body: { reason },
        }),
      ),
    onSuccess: useAnswered(),
  });
}
