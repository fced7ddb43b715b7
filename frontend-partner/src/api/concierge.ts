import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type MySubscription = components['schemas']['ConciergeSubscriptionWithLedger'];
export type Ledger = components['schemas']['ConciergeLedger'];
export type CaseSummary = components['schemas']['ConciergeCaseSummary'];
export type CaseRead = components['schemas']['ConciergeCaseRead'];
export type CaseCreate = components['schemas']['ConciergeCaseCreate'];
export type OptionRead = components['schemas']['ConciergeOptionRead'];

/** The query keys of my concierge (issue 23). */
export const conciergeKeys = {
  all: ['concierge'] as const,
  mine: ['concierge', 'mine'] as const,
  cases: ['concierge', 'cases'] as const,
  case: (id: string) => ['concierge', 'case', id] as const,
};

/** My subscription with this month's ledger, or `null` without one running today (the 404). */
export function useMySubscription(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.mine,
    queryFn: async ({ signal }): Promise<MySubscription | null> => {
      try {
        return await requireData(client.GET('/api/v1/me/concierge', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

/** My requests for help, oldest first (the last hundred). */
export function useMyCases(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.cases,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/me/concierge/cases', { params: { query: { limit: 100 } }, signal }),
      ),
    enabled,
  });
}

/** One of my requests with the options proposed. */
export function useMyCase(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.case(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/me/concierge/cases/{case_id}', {
          params: { path: { case_id: id } },
          signal,
        }),
      ),
  });
}

/** Ask the concierge for help. */
export function useAskConcierge() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseCreate) =>
      requireData(client.POST('/api/v1/me/concierge/cases', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(conciergeKeys.case(created.id), created);
      void queryClient.invalidateQueries({ queryKey: conciergeKeys.cases });
    },
  });
}

/** Choose one option; the API declines the others. */
export function useChooseOption(caseId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (optionId: string) =>
      requireData(
        client.POST('/api/v1/me/concierge/cases/{case_id}/options/{option_id}/choose', {
          params: { path: { case_id: caseId, option_id: optionId } },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(conciergeKeys.case(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: conciergeKeys.cases });
    },
  });
}
