import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type PaymentRunSummary = components['schemas']['PaymentRunSummary'];
export type PaymentRun = components['schemas']['PaymentRunRead'];
export type PaymentRunPreview = components['schemas']['PaymentRunPreview'];
export type WaitingGroup = components['schemas']['WaitingGroup'];
export type CollectionLine = components['schemas']['CollectionLine'];
export type PaymentLine = components['schemas']['PaymentLine'];

export const paymentRunKeys = {
  all: ['admin', 'payment-runs'] as const,
  list: (cursor: string | null) => [...paymentRunKeys.all, 'list', cursor] as const,
  preview: (month: string) => [...paymentRunKeys.all, 'preview', month] as const,
  detail: (id: string) => [...paymentRunKeys.all, 'detail', id] as const,
};

export const PAYMENT_RUNS_PAGE_SIZE = 20;

/** The runs, newest month first. */
export function usePaymentRuns(cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: paymentRunKeys.list(cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/payment-runs', {
          params: { query: { ...(cursor ? { cursor } : {}), limit: PAYMENT_RUNS_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** What a run for the month (`YYYY-MM`) would collect and pay now; a 409 says why none can be
 * made (the month is not over, has its run, or lies before the latest run). */
export function usePaymentRunPreview(month: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: paymentRunKeys.preview(month),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/payment-runs/preview', {
          params: { query: { month } },
          signal,
        }),
      ),
  });
}

/** Makes the month's run (with the second factor proven recently: the step-up asks for it). */
export function useMakePaymentRun() {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (month: string) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/payment-runs', { body: { month } }))),
    onSuccess: (run) => {
      queryClient.setQueryData(paymentRunKeys.detail(run.id), run);
      void queryClient.invalidateQueries({ queryKey: paymentRunKeys.all });
    },
  });
}

/** One run with its collections and payments (the read is in the audit trail). */
export function usePaymentRun(runId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: paymentRunKeys.detail(runId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/payment-runs/{run_id}', {
          params: { path: { run_id: runId } },
          signal,
        }),
      ),
  });
}

/** The SEPA files, downloaded with the staff member's session (each download is audited). */
export function directDebitUrl(runId: string): string {
  return `/api/v1/admin/payment-runs/${encodeURIComponent(runId)}/direct-debit`;
}

export function creditTransferUrl(runId: string): string {
  return `/api/v1/admin/payment-runs/${encodeURIComponent(runId)}/credit-transfer`;
}
