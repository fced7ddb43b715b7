// Staff's questions queue: waiting (the longest waiting first) or all, one thread with its
// messages and asker, answering and closing.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export type QueueItem = components['schemas']['QueueItem'];
export type StaffThread = components['schemas']['StaffThreadRead'];
export type QueueView = 'waiting' | 'all';

export const QUEUE_VIEWS = ['waiting', 'all'] as const satisfies readonly QueueView[];
export const QUESTIONS_PAGE_SIZE = 25;
/** The API's limit on a message. */
export const MESSAGE_MAX = 4000;

export function queueViewFrom(value: string | null): QueueView {
  return QUEUE_VIEWS.find((view) => view === value) ?? 'waiting';
}

export const questionKeys = {
  all: ['questions'] as const,
  lists: ['questions', 'list'] as const,
  list: (view: QueueView) => ['questions', 'list', view] as const,
  detail: (threadId: string) => ['questions', 'detail', threadId] as const,
};

/** My queue: waiting threads the longest waiting first, or all by newest activity. */
export function useQuestions(view: QueueView) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: questionKeys.list(view),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/questions', {
          params: {
            query: {
              view,
              limit: QUESTIONS_PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** One thread of my queue (the read is audited). */
export function useQuestion(threadId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: questionKeys.detail(threadId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/questions/{thread_id}', {
          params: { path: { thread_id: threadId } },
          signal,
        }),
      ),
  });
}

function useQuestionChanged() {
  const queryClient = useQueryClient();
  return (thread: StaffThread) => {
    queryClient.setQueryData(questionKeys.detail(thread.id), thread);
    void queryClient.invalidateQueries({ queryKey: questionKeys.lists });
  };
}

/** Answer: the asker gets an e-mail with a link to the thread. */
export function useAnswerQuestion(threadId: string) {
  const client = useApiClient();
  const changed = useQuestionChanged();
  return useMutation({
    mutationFn: (body: string) =>
      requireData(
        client.POST('/api/v1/admin/questions/{thread_id}/answers', {
          params: { path: { thread_id: threadId } },
          body: { body },
        }),
      ),
    onSuccess: changed,
  });
}

export function useCloseQuestion(threadId: string) {
  const client = useApiClient();
  const changed = useQuestionChanged();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/admin/questions/{thread_id}/close', {
          params: { path: { thread_id: threadId } },
        }),
      ),
    onSuccess: changed,
  });
}
