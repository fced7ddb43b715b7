import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery } from '@tanstack/react-query';
import { paymentKeys } from './keys';

export type Payment = components['schemas']['PaymentRead'];
export type PaymentStatus = Payment['status'];

/** How often the return page asks again while the bank has not decided yet. */
export const PAYMENT_POLL_MS = 1500;

/** Statuses that no longer change: the bank has decided (or the payer gave up). */
const FINAL: readonly PaymentStatus[] = ['paid', 'failed', 'canceled', 'expired'];

export function isFinalPayment(status: PaymentStatus): boolean {
  return FINAL.includes(status);
}

/** Starts paying the administrative fee; the answer says where the payer goes (the bank's page). */
export function useStartPayment() {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => requireData(client.POST('/api/v1/provider/payment')),
  });
}

/**
 * My latest fee payment, or `null` when there is none (404). While `polling`, asked again every
 * 1.5 s until its status is final: the API asks the payment provider, so a return before the
 * webhook still learns the outcome.
 */
export function useLatestPayment({ polling }: { polling: boolean }) {
  const client = useApiClient();
  return useQuery({
    queryKey: paymentKeys.latest,
    queryFn: async ({ signal }): Promise<Payment | null> => {
      try {
        return await requireData(client.GET('/api/v1/provider/payment', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return polling && status !== undefined && !isFinalPayment(status) ? PAYMENT_POLL_MS : false;
    },
  });
}
