import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { meKeys } from './me';
import { withRetryAfter } from './rateLimit';

export type SessionInfo = components['schemas']['SessionInfo'];
export type LoginBody = components['schemas']['LoginBody'];
/** What the password step answers: a session, or (in newer APIs) a further step. */
export type LoginResult = operations['auth:login']['responses'][200]['content']['application/json'];

export const sessionKeys = { all: ['sessions'] as const };

/** My sessions (the devices I am logged in on), this one marked `current`. */
export function useSessions() {
  const client = useApiClient();
  return useQuery({
    queryKey: sessionKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/auth/sessions', { signal })),
  });
}

/** End one of my other sessions. */
export function useRevokeSession() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sessionId: string) => {
      await client.DELETE('/api/v1/auth/sessions/{session_id}', {
        params: { path: { session_id: sessionId } },
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

/**
 * Log in: starts a session. The result says what happens next (`status`); see `loginFlow.ts`.
 * A 429 (cool-off) becomes a `RateLimited` with the seconds to wait.
 */
export function useLogin() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: LoginBody): Promise<LoginResult> =>
      withRetryAfter((middleware) =>
        requireData(client.POST('/api/v1/auth/login', { body, middleware })),
      ),
  });
}

/** Log out: ends this session and forgets everything cached about the person. */
export function useLogout() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await client.POST('/api/v1/auth/logout');
    },
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKeys.all[0] });
      queryClient.setQueryData(meKeys.all, null);
    },
  });
}
