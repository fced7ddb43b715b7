// Questions and correspondence: my threads (open or all, a page at a time), the count of unread
// answers, one thread with its messages (reading it marks it read), asking (in general or about
// a project), following up and closing.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type ThreadSummary = components['schemas']['ThreadSummary'];
export type Thread = components['schemas']['ThreadRead'];
export type Message = components['schemas']['MessageRead'];
export type QuestionCreate = components['schemas']['QuestionCreate'];
export type ThreadView = 'open' | 'all';

export const THREAD_VIEWS = ['open', 'all'] as const satisfies readonly ThreadView[];
/** The API's limits on a question's texts. */
export const SUBJECT_MAX = 200;
export const MESSAGE_MAX = 4000;
export const THREADS_PAGE_SIZE = 20;

export const correspondenceKeys = {
  all: ['correspondence'] as const,
  lists: (organisationId: string) => ['correspondence', organisationId, 'list'] as const,
  list: (organisationId: string, view: ThreadView, limit: number) =>
    ['correspondence', organisationId, 'list', view, limit] as const,
  unread: (organisationId: string) => ['correspondence', organisationId, 'unread'] as const,
  detail: (organisationId: string, threadId: string) =>
    ['correspondence', organisationId, 'detail', threadId] as const,
};

/** My threads in this organisation, the newest activity first. */
export function useThreads(organisationId: string, view: ThreadView, limit = THREADS_PAGE_SIZE) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: correspondenceKeys.list(organisationId, view, limit),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/correspondence', {
          params: {
            path: { organisation_id: organisationId },
            query: { view, limit, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    getNextPageParam: (page) => page.next_cursor,
  });
}

/** How many of my threads have an answer I have not read. */
export function useUnreadCount(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: correspondenceKeys.unread(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/correspondence/unread', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}

/** One of my threads; the API marks its answers read, so the lists are refreshed after. */
export function useThread(organisationId: string, threadId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: correspondenceKeys.detail(organisationId, threadId),
    queryFn: async ({ signal }) => {
      const thread = await requireData(
        client.GET('/api/v1/organisations/{organisation_id}/correspondence/{thread_id}', {
          params: { path: { organisation_id: organisationId, thread_id: threadId } },
          signal,
        }),
      );
      void queryClient.invalidateQueries({ queryKey: correspondenceKeys.lists(organisationId) });
      void queryClient.invalidateQueries({ queryKey: correspondenceKeys.unread(organisationId) });
      return thread;
    },
  });
}

function useThreadChanged(organisationId: string) {
  const queryClient = useQueryClient();
  return (thread: Thread) => {
    queryClient.setQueryData(correspondenceKeys.detail(organisationId, thread.id), thread);
    void queryClient.invalidateQueries({ queryKey: correspondenceKeys.lists(organisationId) });
    void queryClient.invalidateQueries({ queryKey: correspondenceKeys.unread(organisationId) });
  };
}

/** Ask a question: about a project (to its care manager), or in general (to the branch). */
export function useAskQuestion(organisationId: string, projectId?: string) {
  const client = useApiClient();
  const changed = useThreadChanged(organisationId);
  return useMutation({
    mutationFn: (body: QuestionCreate) =>
      projectId
        ? requireData(
            client.POST('/api/v1/organisations/{organisation_id}/projects/{project_id}/questions', {
              params: { path: { organisation_id: organisationId, project_id: projectId } },
              body,
            }),
          )
        : requireData(
            client.POST('/api/v1/organisations/{organisation_id}/questions', {
              params: { path: { organisation_id: organisationId } },
              body,
            }),
          ),
    onSuccess: changed,
  });
}

/** A follow-up in one of my open threads. */
export function useReply(organisationId: string, threadId: string) {
  const client = useApiClient();
  const changed = useThreadChanged(organisationId);
  return useMutation({
    mutationFn: (body: string) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/correspondence/{thread_id}/messages', {
          params: { path: { organisation_id: organisationId, thread_id: threadId } },
          body: { body },
        }),
      ),
    onSuccess: changed,
  });
}

/** Close one of my threads (closing it again changes nothing). */
export function useCloseThread(organisationId: string, threadId: string) {
  const client = useApiClient();
  const changed = useThreadChanged(organisationId);
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/correspondence/{thread_id}/close', {
          params: { path: { organisation_id: organisationId, thread_id: threadId } },
        }),
      ),
    onSuccess: changed,
  });
}
