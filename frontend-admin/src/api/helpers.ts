import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queueKeys } from './keys';
import { QUEUE_PAGE_SIZE, type QueueCount } from './queues';

export type HelperSummary = components['schemas']['HelperSummary'];
export type Helper = components['schemas']['HelperStaffRead'];
export type HelperBadges = components['schemas']['HelperBadges'];

export const helperKeys = {
  all: ['admin', 'helpers'] as const,
  list: (filters: string, cursor: string | null) =>
    [...helperKeys.all, 'list', filters, cursor] as const,
  detail: (id: string) => [...helperKeys.all, 'detail', id] as const,
};

export const HELPERS_PAGE_SIZE = 20;

/** The list's filters, as the address and the API both name them. */
export interface HelperFilters {
  waiting: boolean;
  q: string;
}

export function helperFiltersFrom(params: URLSearchParams): HelperFilters {
  return { waiting: params.get('waiting_for_badge') === 'true', q: params.get('q') ?? '' };
}

/** The filters and the page as the address's query. */
export function helperQuery(filters: HelperFilters, cursor: string | null = null) {
  const query = new URLSearchParams();
  if (filters.waiting) query.set('waiting_for_badge', 'true');
  if (filters.q) query.set('q', filters.q);
  if (cursor) query.set('cursor', cursor);
  return query;
}

export function useHelperList(filters: HelperFilters, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: helperKeys.list(helperQuery(filters).toString(), cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/helpers', {
          params: {
            query: {
              ...(filters.waiting ? { waiting_for_badge: true } : {}),
              ...(filters.q ? { q: filters.q } : {}),
              ...(cursor ? { cursor } : {}),
              limit: HELPERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One helper; reading it is recorded in the audit trail (it holds a home address). */
export function useHelper(helperId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: helperKeys.detail(helperId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/helpers/{helper_id}', {
          params: { path: { helper_id: helperId } },
          signal,
        }),
      ),
  });
}

/** Both badges at once; the answer replaces the helper, the lists and the day's queues reload. */
export function useSetHelperBadges(helperId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HelperBadges) =>
      stepUp(() =>
        requireData(
          client.PUT('/api/v1/admin/helpers/{helper_id}/badges', {
            params: { path: { helper_id: helperId } },
            body,
          }),
        ),
      ),
    onSuccess: (helper) => {
      queryClient.setQueryData(helperKeys.detail(helperId), helper);
      void queryClient.invalidateQueries({ queryKey: [...helperKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}

/** Active helpers waiting for Kring to see their identity document. */
export function useHelpersWaiting() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('helpers-waiting'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/helpers', {
          params: { query: { waiting_for_badge: true, limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return { count: page.items.length, more: page.next_cursor !== null };
    },
  });
}
