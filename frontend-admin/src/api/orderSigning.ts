// Wlz signatures as staff handle them: the queue of refused signatures and clearing one, amending
// an order (which sends a signed one back to be signed again), and a signed PDF as evidence.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { orderKeys, queueKeys, refusalKeys } from './keys';
import type { StaffOrder } from './orders';

export type StaffRefusal = components['schemas']['StaffRefusal'];
export type RefusalsPage = components['schemas']['Page_StaffRefusal_'];
export type RefusalClear = components['schemas']['RefusalClear'];
export type RefusalOutcome = RefusalClear['outcome'];
export type OrderSigning = components['schemas']['OrderSigning'];
export type Signature = components['schemas']['SignatureRead'];
export type Refusal = components['schemas']['RefusalRead'];
export type OrderAmend = components['schemas']['OrderAmend'];

/** Which refusals the list shows: waiting for the branch (the oldest first), handled, or all. */
export type RefusalState = 'open' | 'cleared' | 'all';
export const REFUSAL_STATES: readonly RefusalState[] = ['open', 'cleared', 'all'];
export const REFUSAL_OUTCOMES: readonly RefusalOutcome[] = ['present_again', 'remove'];

/** Refusals per "show more". */
export const REFUSALS_PAGE_SIZE = 25;

/** The state from the address; anything else is the open queue (an old or edited link). */
export function refusalStateFrom(value: string | null): RefusalState {
  return REFUSAL_STATES.includes(value as RefusalState) ? (value as RefusalState) : 'open';
}

/** The refused signatures the staff member may see (branch staff: their branch's). */
export function useOrderRefusals(state: RefusalState) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: refusalKeys.list(state),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/order-refusals', {
          params: {
            query: {
              state,
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: REFUSALS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last: RefusalsPage) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** What a refusal's clearing touches: the queue, the order, the orders lists. */
function useSigningChanged() {
  const queryClient = useQueryClient();
  return (orderId: string | null) => {
    void queryClient.invalidateQueries({ queryKey: refusalKeys.all });
    if (orderId) void queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) });
    void queryClient.invalidateQueries({ queryKey: [...orderKeys.all, 'list'] });
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
  };
}

/** The queue and the order read again, e.g. after a 409 (a colleague cleared it first). */
export function useRefreshSigning() {
  return useSigningChanged();
}

/** Clear a refusal: present the order for signing again, or take it off the signing list. */
export function useClearRefusal() {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useSigningChanged();
  return useMutation({
    mutationFn: ({ refusalId, body }: { refusalId: string; body: RefusalClear }) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/order-refusals/{refusal_id}/clear', {
            params: { path: { refusal_id: refusalId } },
            body,
          }),
        ),
      ),
    onSuccess: (refusal: StaffRefusal) => changed(refusal.order_id),
  });
}

/** Amend what is asked; the answer is the order as it is now (a signed Wlz order unsigned). */
export function useAmendOrder(orderId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const changed = useSigningChanged();
  return useMutation({
    mutationFn: (body: OrderAmend) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/orders/{order_id}', {
            params: { path: { order_id: orderId } },
            body,
          }),
        ),
      ),
    onSuccess: (order: StaffOrder) => {
      queryClient.setQueryData(orderKeys.detail(orderId), order);
      changed(null);
    },
  });
}

/** A signed order as a PDF, downloaded with the staff member's session (each one audited). */
export function signedPdfUrl(orderId: string, signatureId: string): string {
  return `/api/v1/admin/orders/${encodeURIComponent(orderId)}/signatures/${encodeURIComponent(signatureId)}/pdf`;
}
