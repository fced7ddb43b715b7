import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type ConversationSummary = components['schemas']['ConversationSummary'];
export type ConversationRead = components['schemas']['ConversationRead'];
export type ReportCreate = components['schemas']['ReportCreate'];

/** The query keys of private messages between neighbours. */
export const messageKeys = {
  all: ['neighbour-messages'] as const,
  list: (cursor: string | null) => ['neighbour-messages', 'list', cursor] as const,
  unread: ['neighbour-messages', 'unread'] as const,
  one: (id: string, cursor: string | null) => ['neighbour-messages', 'one', id, cursor] as const,
};

/** My conversations, the last message first; `cursor` is the page's start. */
export function useConversations(cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: messageKeys.list(cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/conversations', {
          params: { query: cursor ? { cursor } : {} },
          signal,
        }),
      ),
  });
}

/** Unread conversations and messages, for the menu's badge. */
export function useUnreadMessages(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: messageKeys.unread,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/conversations/unread', { signal })),
    enabled,
  });
}

/** One conversation with a page of its messages, the newest first. */
export function useConversation(id: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: messageKeys.one(id, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/conversations/{conversation_id}', {
          params: { path: { conversation_id: id }, query: cursor ? { cursor } : {} },
          signal,
        }),
      ),
  });
}

export function useSendMessage(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      requireData(
        client.POST('/api/v1/conversations/{conversation_id}/messages', {
          params: { path: { conversation_id: id } },
          body: { body },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function useMarkRead(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/conversations/{conversation_id}/read', {
          params: { path: { conversation_id: id } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: messageKeys.unread });
      void queryClient.invalidateQueries({ queryKey: ['neighbour-messages', 'list'] });
    },
  });
}

export function useBlock() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      requireData(
        client.PUT('/api/v1/me/blocks/{user_id}', { params: { path: { user_id: userId } } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function useUnblock() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      // Failures throw in the client's middleware; a success has no body.
      await client.DELETE('/api/v1/me/blocks/{user_id}', { params: { path: { user_id: userId } } });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messageKeys.all }),
  });
}

export function useReport() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: ReportCreate) =>
      requireData(client.POST('/api/v1/neighbourhood-reports', { body })),
  });
}
