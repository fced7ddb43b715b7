// Assistive-device orders: the lists (open orders, rentals outstanding, ended trajectories), one
// order with its history, the organisations I may order for, the rental catalogue, placing a
// request, and the order as a PDF (downloaded, or mailed by the API).
import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import {
  attachmentName,
  readWithProgress,
  saveFile,
  toLanguage,
  useApiClient,
  withRetryAfter,
} from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deviceKeys, orderKeys } from './keys';

export type Order = components['schemas']['OrderRead'];
export type OrderSummary = components['schemas']['OrderSummary'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderKind = components['schemas']['OrderKind'];
export type OrderEvent = components['schemas']['OrderEventRead'];
export type OrderCreate = components['schemas']['OrderCreate'];
export type RentalOrderCreate = components['schemas']['RentalOrderCreate'];
export type OrderSend = components['schemas']['OrderSend'];
export type OrderSendResult = components['schemas']['OrderSendResult'];
export type OrderingOrganisation = components['schemas']['OrderingOrganisation'];
export type BranchContact = components['schemas']['BranchContact'];
export type Device = components['schemas']['DeviceRead'];
export type DeviceOption = components['schemas']['OptionRead'];
export type DeviceCategory = components['schemas']['DeviceCategory'];
export type RentalOutstanding = components['schemas']['RentalOutstanding'];
export type RentalsSummary = components['schemas']['RentalsSummary'];
export type AgeBucket = components['schemas']['AgeCount']['bucket'];
export type EndedTrajectory = components['schemas']['EndedTrajectory'];
export type OrderView = NonNullable<
  NonNullable<operations['orders:list']['parameters']['query']>['view']
>;

export const ORDER_VIEWS = ['open', 'action', 'all'] as const satisfies readonly OrderView[];
export const ORDER_KINDS = [
  'rental',
  'repair',
  'adjustment',
  'pickup',
] as const satisfies readonly OrderKind[];
export const ORDER_STATUSES = [
  'received',
  'planned',
  'on_the_way',
  'delivered',
  'repaired',
  'adjusted',
  'ended',
  'picked_up',
] as const satisfies readonly OrderStatus[];
export const DEVICE_CATEGORIES = ['GRZ', 'ELV', 'AD'] as const satisfies readonly DeviceCategory[];
export const AGE_BUCKETS = [
  '0-30',
  '31-90',
  '91-365',
  '365+',
] as const satisfies readonly AgeBucket[];

/** Items per page of the lists ("Load more" fetches the next page). */
export const ORDERS_PAGE_SIZE = 20;
/** The API's limits on a request's texts. */
export const TEXT_MAX = 1000;
/** At most this many addresses besides my own for "Send the request". */
export const SEND_ALSO_TO_MAX = 3;

export interface OrderFilters {
  view: OrderView;
  status: OrderStatus | null;
  kind: OrderKind | null;
  q: string;
  organisation: string | null;
}

export interface RentalFilters {
  category: DeviceCategory | null;
  q: string;
  organisation: string | null;
}

export interface EndedFilters {
  q: string;
  organisation: string | null;
}

/** The UI language, for the query keys of answers that carry translated names. */
function useLanguage(): string {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}

/** Only the filters that are set, as query parameters. */
function setFilters<T extends object>(filters: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== null && value !== ''),
  ) as Partial<T>;
}

/** Open orders (or those waiting for me, or all), newest first, a page at a time. */
export function useOrders(filters: OrderFilters) {
  const client = useApiClient();
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: orderKeys.list(language, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/orders', {
          params: {
            query: {
              ...setFilters(filters),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: ORDERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    // Changing a filter keeps the last list on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

/** One order with its status history. */
export function useOrder(orderId: string | undefined) {
  const client = useApiClient();
  const language = useLanguage();
  return useQuery({
    queryKey: orderKeys.detail(language, orderId ?? ''),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/orders/{order_id}', {
          params: { path: { order_id: orderId ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(orderId),
  });
}

/** The organisations I am linked to: AD contract, whether I may order, and their branch. */
export function useOrderingOrganisations() {
  const client = useApiClient();
  return useQuery({
    queryKey: orderKeys.organisations,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/orders/organisations', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The devices that can be rented, with their options, in the UI language. */
export function useRentalDevices() {
  const client = useApiClient();
  const language = useLanguage();
  return useQuery({
    queryKey: deviceKeys.rental(language),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/assistive-devices', {
          params: { query: { supply: 'rental' } },
          signal,
        }),
      ),
    staleTime: 30 * 60_000,
  });
}

/** Rentals outstanding, longest outstanding first, a page at a time. */
export function useRentalsOutstanding(filters: RentalFilters, enabled = true) {
  const client = useApiClient();
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: orderKeys.rentals(language, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/orders/rentals-outstanding', {
          params: {
            query: {
              ...setFilters(filters),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: ORDERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many rentals are outstanding, by category and by age. */
export function useRentalsSummary(organisation: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: orderKeys.rentalsSummary(organisation),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/orders/rentals-outstanding/summary', {
          params: { query: organisation ? { organisation } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Ended trajectories (shown until two months after pickup), the latest pickup first. */
export function useEndedTrajectories(filters: EndedFilters) {
  const client = useApiClient();
  const language = useLanguage();
  return useInfiniteQuery({
    queryKey: orderKeys.ended(language, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/orders/ended', {
          params: {
            query: {
              ...setFilters(filters),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: ORDERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** Place a request; the lists are loaded afresh and the new order is known at once. */
export function usePlaceOrder() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const language = useLanguage();
  return useMutation({
    mutationFn: (body: OrderCreate) => requireData(client.POST('/api/v1/orders', { body })),
    onSuccess: (order) => {
      queryClient.setQueryData(orderKeys.detail(language, order.id), order);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'orders' && query.queryKey[1] !== 'detail',
      });
    },
  });
}

/** Mail the order as a PDF; a 429 becomes a `RateLimited` with the minutes to wait. */
export function useSendOrder(orderId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: OrderSend) =>
      withRetryAfter((middleware) =>
        requireData(
          client.POST('/api/v1/orders/{order_id}/send', {
            params: { path: { order_id: orderId } },
            body,
            middleware,
          }),
        ),
      ),
  });
}

/**
 * Fetches the order as a PDF and hands it to the browser as a download, named as the API says
 * (the order number). `onProgress` hears the fraction received (0 to 1).
 */
export function useDownloadOrder() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      order,
      onProgress,
    }: {
      order: Pick<Order, 'id' | 'number'>;
      onProgress: (fraction: number) => void;
    }) => {
      const { response } = await client.GET('/api/v1/orders/{order_id}/pdf', {
        params: { path: { order_id: order.id } },
        parseAs: 'stream',
      });
      const blob = await readWithProgress(response, 'application/pdf', onProgress);
      const name = attachmentName(response, `${order.number}.pdf`);
      saveFile(blob, name);
      return name;
    },
  });
}
