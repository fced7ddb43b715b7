import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { promotionKeys, queueKeys } from './keys';

export type PromotionRequest = components['schemas']['PromotionRequestSummary'];
export type PromotionStatus = components['schemas']['PromotionRequestStatus'];
export type PromotionConfirmation = components['schemas']['PromotionConfirmation'];

export const PROMOTION_STATUSES: readonly PromotionStatus[] = [
  'requested',
  'confirmed',
  'withdrawn',
];

export function usePromotionRequests(status: PromotionStatus | null, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: promotionKeys.list(status, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/promotion-requests', {
          params: {
            query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}), limit: 20 },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Confirm a request: Kring invoices it; the fee package needs the price agreed with them. */
export function useConfirmPromotion(requestId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PromotionConfirmation) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/promotion-requests/{request_id}/confirm', {
            params: { path: { request_id: requestId } },
            body,
          }),
        ),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: promotionKeys.all });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}
