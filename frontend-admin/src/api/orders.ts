import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { orderKeys, queueKeys } from './keys';
import { QUEUE_PAGE_SIZE, type QueueCount } from './queues';

export type StaffOrderSummary = components['schemas']['StaffOrderSummary'];
export type StaffOrder = components['schemas']['StaffOrderRead'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderKind = components['schemas']['OrderKind'];
export type OrderEvent = components['schemas']['OrderEventRead'];
export type OrderStatusChange = components['schemas']['OrderStatusChange'];
export type OrdersPage = components['schemas']['Page_StaffOrderSummary_'];

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'received',
  'planned',
  'on_the_way',
  'delivered',
  'repaired',
  'adjusted',
  'ended',
  'picked_up',
];

export const ORDER_KINDS: readonly OrderKind[] = ['rental', 'repair', 'adjustment', 'pickup'];

/** Orders per "show more". */
export const ORDERS_PAGE_SIZE = 25;

/** The list's filters, as the address and the API both name them. */
export interface OrderFilters {
  status: OrderStatus | null;
  kind: OrderKind | null;
  branch: string | null;
  organisation: string | null;
  q: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters from the address; what is not a known value is no filter (an old or edited link). */
export function orderFiltersFrom(params: URLSearchParams): OrderFilters {
  const status = params.get('status');
  const kind = params.get('kind');
  const id = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : null;
  };
  return {
    status: ORDER_STATUSES.includes(status as OrderStatus) ? (status as OrderStatus) : null,
    kind: ORDER_KINDS.includes(kind as OrderKind) ? (kind as OrderKind) : null,
    branch: id('branch'),
    organisation: id('organisation'),
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}

/** The filters as the address's query, leaving out what is empty. */
export function orderQuery(filters: OrderFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['status', 'kind', 'branch', 'organisation', 'q'] as const) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  return query;
}

/** The orders the staff member may see (branch staff: their branch's), newest first. */
export function useStaffOrders(filters: OrderFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: orderKeys.list(orderQuery(filters).toString()),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/orders', {
          params: {
            query: {
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.kind ? { kind: filters.kind } : {}),
              ...(filters.branch ? { branch: filters.branch } : {}),
              ...(filters.organisation ? { organisation: filters.organisation } : {}),
              ...(filters.q ? { q: filters.q } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: ORDERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last: OrdersPage) => last.next_cursor,
    // A new filter keeps the last list on screen until its own first page is there.
    placeholderData: keepPreviousData,
  });
}

/** One order with its history and the changes that fit now (the read is audited). */
export function useStaffOrder(orderId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: orderKeys.detail(orderId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/orders/{order_id}', {
          params: { path: { order_id: orderId } },
          signal,
        }),
      ),
  });
}

/** A status change; the answer is the order as it is now, the lists and queues reload. */
export function useChangeOrderStatus(orderId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrderStatusChange) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/orders/{order_id}/status', {
            params: { path: { order_id: orderId } },
            body,
          }),
        ),
      ),
    onSuccess: (order) => {
      queryClient.setQueryData(orderKeys.detail(orderId), order);
      void queryClient.invalidateQueries({ queryKey: [...orderKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
    },
  });
}

/** Orders received and not yet planned: the branch's work for today. */
export function useOrdersReceived() {
  const client = useApiClient();
  return useQuery({
    queryKey: queueKeys.queue('orders-received'),
    queryFn: async ({ signal }): Promise<QueueCount> => {
      const page = await requireData(
        client.GET('/api/v1/admin/orders', {
          params: { query: { status: 'received', limit: QUEUE_PAGE_SIZE } },
          signal,
        }),
      );
      return { count: page.items.length, more: page.next_cursor !== null };
    },
  });
}
