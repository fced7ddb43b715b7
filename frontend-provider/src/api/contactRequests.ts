import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { statisticsKeys } from './statistics';

export type ContactRequest = components['schemas']['ContactRequestRead'];
export type ContactStatus = components['schemas']['ContactStatus'];
export type ContactRequestUpdate = components['schemas']['ContactRequestUpdate'];
export type InboxPage = components['schemas']['InboxPage'];

/** Unanswered requests only, or all of them. */
export type InboxShow = 'open' | 'all';

/** The API's own limit for the note. */
export const MAX_NOTE = 1000;

/** Requests per page of the inbox. */
export const INBOX_PAGE_SIZE = 20;

export const contactRequestKeys = {
  all: ['provider-contact-requests'] as const,
  inbox: (show: InboxShow) => ['provider-contact-requests', 'inbox', show] as const,
  one: (id: string) => ['provider-contact-requests', 'one', id] as const,
};

/**
 * My inbox, unanswered first and the soonest deadline first, a page at a time ("Show more"
 * fetches the next by its cursor); every page says how many are open and overdue in all. The
 * list shown stays while the other filter's loads, so switching does not jump.
 */
export function useInbox(show: InboxShow) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: contactRequestKeys.inbox(show),
    queryFn: ({ signal, pageParam }) =>
      requireData(
        client.GET('/api/v1/provider/contact-requests', {
          params: {
            query: {
              show,
              limit: INBOX_PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page: InboxPage) => page.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** One request with the customer's details (the API records that I read it). */
export function useContactRequest(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: contactRequestKeys.one(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/provider/contact-requests/{request_id}', {
          params: { path: { request_id: id } },
          signal,
        }),
      ),
  });
}

/**
 * Marks a request in progress or handled. The answer replaces the cached request; the inbox and
 * the figures (answered, appointments) are fetched again.
 */
export function useUpdateContactRequest(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactRequestUpdate) =>
      requireData(
        client.PATCH('/api/v1/provider/contact-requests/{request_id}', {
          params: { path: { request_id: id } },
          body,
        }),
      ),
    onSuccess: (request) => {
      queryClient.setQueryData(contactRequestKeys.one(id), request);
      void queryClient.invalidateQueries({
        queryKey: contactRequestKeys.all,
        predicate: (query) => query.queryKey[1] === 'inbox',
      });
      void queryClient.invalidateQueries({ queryKey: statisticsKeys.all });
    },
    // Refused (handled elsewhere in the meantime): show the request as it is now.
    onError: (error) => {
      if (isApiProblem(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: contactRequestKeys.one(id) });
      }
    },
  });
}
