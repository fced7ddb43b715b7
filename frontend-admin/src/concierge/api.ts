// The concierge in the staff console (issue 23): the case queue, a case with its look-ups,
// options, follow-up and costs, the subscriptions, and the figures.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type CaseSummary = components['schemas']['ConciergeCaseSummary'];
export type CaseRead = components['schemas']['ConciergeCaseRead'];
export type CaseStatus = components['schemas']['CaseStatus'];
export type CaseUpdate = components['schemas']['ConciergeCaseUpdate'];
export type PhoneCaseCreate = components['schemas']['ConciergePhoneCaseCreate'];
export type OptionRead = components['schemas']['ConciergeOptionRead'];
export type OptionCreate = components['schemas']['ConciergeOptionCreate'];
export type OptionKind = OptionRead['kind'];
export type Ledger = components['schemas']['ConciergeLedger'];
export type NeighbourHelp = components['schemas']['NeighbourHelp'];
export type ProviderHelp = components['schemas']['ProviderHelp'];
export type CostCreate = components['schemas']['ConciergeCostCreate'];
export type SubscriptionRead = components['schemas']['ConciergeSubscriptionRead'];
export type SubscriptionCreate = components['schemas']['ConciergeSubscriptionCreate'];
export type Funding = components['schemas']['Funding'];
export type SolvedBy = components['schemas']['SolvedBy'];
export type Figures = components['schemas']['ConciergeFigures'];

export const CASE_STATUSES = [
  'new',
  'searching',
  'proposed',
  'arranged',
  'done',
  'cancelled',
] as const satisfies readonly CaseStatus[];
export const OPEN_STATUSES = ['new', 'searching', 'proposed', 'arranged'] as const;
export const OPTION_KINDS = [
  'neighbour',
  'volunteer',
  'help_request',
  'provider',
] as const satisfies readonly OptionKind[];
export const FUNDINGS = ['own', 'pgb', 'wmo'] as const satisfies readonly Funding[];
export const SOLVED_BY = [
  'neighbour',
  'volunteer',
  'professional',
] as const satisfies readonly SolvedBy[];

export const conciergeKeys = {
  all: ['concierge'] as const,
  queue: (statuses: readonly CaseStatus[]) => ['concierge', 'queue', statuses] as const,
  case: (id: string) => ['concierge', 'case', id] as const,
  informal: (id: string) => ['concierge', 'case', id, 'informal'] as const,
  providers: (id: string, q: string) => ['concierge', 'case', id, 'providers', q] as const,
  ledger: (subscriptionId: string) => ['concierge', 'ledger', subscriptionId] as const,
  subscriptions: (q: string) => ['concierge', 'subscriptions', q] as const,
  figures: (since: string, until: string) => ['concierge', 'figures', since, until] as const,
};

/** The queue, oldest first; open cases when no status is picked. */
export function useQueue(statuses: readonly CaseStatus[]) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.queue(statuses),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/cases', {
          params: { query: { status: statuses.length ? [...statuses] : undefined, limit: 100 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.case(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/cases/{case_id}', {
          params: { path: { case_id: id } },
          signal,
        }),
      ),
  });
}

/** Neighbours and volunteers offering the case's skill: a rounded distance, no address. */
export function useInformalHelp(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.informal(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/cases/{case_id}/informal-help', {
          params: { path: { case_id: id }, query: { limit: 50 } },
          signal,
        }),
      ),
  });
}

/** Kring's provider search from the subscriber's home, with prices and badges. */
export function useProviders(id: string, q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.providers(id, q),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/cases/{case_id}/providers', {
          params: { path: { case_id: id }, query: { q, limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useLedger(subscriptionId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.ledger(subscriptionId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/subscriptions/{subscription_id}/ledger', {
          params: { path: { subscription_id: subscriptionId } },
          signal,
        }),
      ),
  });
}

function useCaseMutation<V>(id: string, call: (value: V) => Promise<CaseRead>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (updated) => {
      queryClient.setQueryData(conciergeKeys.case(id), updated);
      void queryClient.invalidateQueries({ queryKey: ['concierge', 'queue'] });
    },
  });
}

export function usePropose(id: string) {
  const client = useApiClient();
  return useCaseMutation(id, (body: OptionCreate) =>
    requireData(
      client.POST('/api/v1/admin/concierge/cases/{case_id}/options', {
        params: { path: { case_id: id } },
        body,
      }),
    ),
  );
}

export function useUpdateCase(id: string) {
  const client = useApiClient();
  return useCaseMutation(id, (body: CaseUpdate) =>
    requireData(
      client.PATCH('/api/v1/admin/concierge/cases/{case_id}', {
        params: { path: { case_id: id } },
        body,
      }),
    ),
  );
}

export function useWithdraw(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (optionId: string) => {
      const { error } = await client.DELETE(
        '/api/v1/admin/concierge/cases/{case_id}/options/{option_id}',
        { params: { path: { case_id: id, option_id: optionId } } },
      );
      if (error) throw error;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conciergeKeys.case(id) }),
  });
}

/** Record a cost; the answer carries the month's ledger, which replaces the cached one. */
export function useRecordCost(subscriptionId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CostCreate) =>
      requireData(
        client.POST('/api/v1/admin/concierge/subscriptions/{subscription_id}/costs', {
          params: { path: { subscription_id: subscriptionId } },
          body,
        }),
      ),
    onSuccess: (recorded) =>
      queryClient.setQueryData(conciergeKeys.ledger(subscriptionId), recorded.ledger),
  });
}

export function usePhoneCase() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PhoneCaseCreate) =>
      requireData(client.POST('/api/v1/admin/concierge/cases', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(conciergeKeys.case(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['concierge', 'queue'] });
    },
  });
}

export function useSubscriptions(q: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.subscriptions(q),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/subscriptions', {
          params: { query: { q: q || undefined, limit: 100 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateSubscription() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubscriptionCreate) =>
      requireData(client.POST('/api/v1/admin/concierge/subscriptions', { body })),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['concierge', 'subscriptions'] }),
  });
}

export function useEndSubscription() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: { id: string; ends_on: string }) =>
      requireData(
        client.POST('/api/v1/admin/concierge/subscriptions/{subscription_id}/end', {
          params: { path: { subscription_id: value.id } },
          body: { ends_on: value.ends_on },
        }),
      ),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: ['concierge', 'subscriptions'] }),
  });
}

export function useFigures(since: string, until: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: conciergeKeys.figures(since, until),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/concierge/figures', {
          params: { query: { since, until } },
          signal,
        }),
      ),
    enabled: Boolean(since && until),
  });
}
