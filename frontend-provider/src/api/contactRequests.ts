import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
  inbox: (show: InboxShow, page: number) =>
    ['provider-contact-requests', 'inbox', show, page] as const,
  one: (id: string) => ['provider-contact-requests', 'one', id] as const,
};

/**
 * One page of my inbox, unanswered first and the soonest deadline first, with how many are open
 * and overdue. The page shown stays while the next one loads, so paging does not jump.
 */
export function useInbox(show: InboxShow, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: contactRequestKeys.inbox(show, page),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/provider/contact-requests', {
          params: { query: { show, page, page_size: INBOX_PAGE_SIZE } },
          signal,
        }),
      ),
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
