import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useQuery } from '@tanstack/react-query';
import { queueKeys } from './keys';

/**
 * The API has no counts: a queue is counted from the first page of its list at the largest
 * page size. More than a page reads "100+", which is what someone planning the day needs.
 */
export const QUEUE_PAGE_SIZE = 100;

export interface QueueCount {
  count: number;
  /** More than one page: the count is a lower bound. */
  more: boolean;
}

/** Overdue contact requests, summed over the providers who have them. */
export function useOverdueRequests() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('overdue-requests'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/provider-response-times', {
          params: { query: { overdue_only: true, limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      const count = page.items.reduce((sum, provider) => sum + provider.overdue, 0);
      return { count, more: page.next_cursor !== null };
    },
  });
}

/** Certificates of conduct (VOG) waiting for staff to check them. */
export function useVogsWaiting() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('vogs-waiting'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/providers', {
          params: { query: { vog: 'waiting', limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return { count: page.items.length, more: page.next_cursor !== null };
    },
  });
}

/** Professional providers without a confirmed VOG (none sent, waiting or rejected). */
export function useVogsMissing() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('vogs-missing'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/providers', {
          params: { query: { vog_missing: true, limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return { count: page.items.length, more: page.next_cursor !== null };
    },
  });
}

/** Promotion package requests that wait for confirmation. */
export function usePromotionsToConfirm() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('promotions-requested'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/promotion-requests', {
          params: { query: { status: 'requested', limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return { count: page.items.length, more: page.next_cursor !== null };
    },
  });
}

export interface PartnerAccessQueueCount extends QueueCount {
  /** Of those: past their 48-hour deadline. */
  overdue: number;
}

/** Partner access requests that wait for an answer, and how many are past 48 hours. */
export function usePartnerAccessWaiting() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('partner-access-requested'),
    queryFn: async ({ signal }): Promise<PartnerAccessQueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/partner-access-requests', {
          params: { query: { status: 'requested', limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return {
        count: page.items.length,
        more: page.next_cursor !== null,
        overdue: page.items.filter((request) => request.overdue).length,
      };
    },
  });
}
