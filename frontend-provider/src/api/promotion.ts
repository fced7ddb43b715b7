import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type PromotionOverview = components['schemas']['PromotionOverview'];
export type PromotionPackage = components['schemas']['PackageRead'];
export type PackageKind = components['schemas']['PromotionPackage'];
export type PromotionRequest = components['schemas']['PromotionRequestRead'];
export type PromotionInvoice = components['schemas']['InvoiceRead'];
export type PromotionRequestBody = components['schemas']['PromotionRequestCreate'];

/** The API's own limit for the message to Kring. */
export const MAX_PROMOTION_MESSAGE = 1000;

export const promotionKeys = { all: ['provider-promotion'] as const };

/** The packages, what the next invoice deducts, and my requests (newest first). */
export function usePromotion() {
  const client = useApiClient();
  return useQuery({
    queryKey: promotionKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/provider/promotion', { signal })),
  });
}

/** Both answers change the overview (`can_request`, the list): it is fetched again. */
function usePromotionChange<TInput, TOutput>(change: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: promotionKeys.all }),
  });
}

/** Asks Kring for a package; Kring calls first, then confirms it and sends the invoice. */
export function useRequestPackage() {
  const client = useApiClient();
  return usePromotionChange((body: PromotionRequestBody) =>
    requireData(client.POST('/api/v1/provider/promotion/requests', { body })),
  );
}

/** Withdraws a request Kring has not confirmed yet. */
export function useWithdrawRequest() {
  const client = useApiClient();
  return usePromotionChange((requestId: string) =>
    client.DELETE('/api/v1/provider/promotion/requests/{request_id}', {
      params: { path: { request_id: requestId } },
    }),
  );
}
