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
import { accountKeys } from './keys';

export type Account = components['schemas']['AccountRead'];
export type AccountCreate = components['schemas']['AccountCreate'];
export type MembershipCreate = components['schemas']['MembershipCreate'];
export type UmbrellaLinkReason = NonNullable<MembershipCreate['umbrella_link_reason']>;
export type AuditEvent = components['schemas']['AuditEventRead'];
export type AuditPage = components['schemas']['Page_AuditEventRead_'];
export type AccountSession = components['schemas']['AccountSessionRead'];
export type AccountView = components['schemas']['AccountViewRead'];

export const UMBRELLA_LINK_REASONS: readonly UmbrellaLinkReason[] = [
  'self_employed',
  'employed_and_hired',
  'seconded',
];

const userPath = (userId: string) => ({ path: { user_id: userId } });

/** Accounts per page of the search. */
export const ACCOUNTS_PAGE_SIZE = 20;
/** Audit events per page of an account's trail ("Show more" loads the next). */
export const AUDIT_PAGE_SIZE = 20;

/** One page of the account search; the page is named by its cursor, so a link can share it. */
export function useAccountSearch(q: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountKeys.search(q, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/users', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(cursor ? { cursor } : {}),
              limit: ACCOUNTS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    // A new search keeps the last result on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

export function useAccount(userId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountKeys.detail(userId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/users/{user_id}', {
          params: { path: { user_id: userId } },
          signal,
        }),
      ),
  });
}

/** The account's audit trail, newest first, a page at a time. */
export function useAuditTrail(userId: string) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: accountKeys.audit(userId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/users/{user_id}/audit-events', {
          params: {
            path: { user_id: userId },
            query: { ...(pageParam ? { cursor: pageParam } : {}), limit: AUDIT_PAGE_SIZE },
          },
          signal,
        }),
      ),
    getNextPageParam: (last: AuditPage) => last.next_cursor,
  });
}

/** Where the person is logged in, most recently used first (the read is audited). */
export function useAccountSessions(userId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountKeys.sessions(userId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/users/{user_id}/sessions', {
          params: userPath(userId),
          signal,
        }),
      ),
  });
}

/** Ends every session of the account; the list (now empty) and the trail reload. */
export function useEndSessions(userId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      stepUp(async () => {
        await client.DELETE('/api/v1/admin/users/{user_id}/sessions', {
          params: userPath(userId),
        });
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.sessions(userId) });
      void queryClient.invalidateQueries({ queryKey: accountKeys.audit(userId) });
    },
  });
}

/** Views of the account per page of "who looked at it". */
export const VIEWS_PAGE_SIZE = 20;

/** Who read the account's record (NEN 7513), newest first; a page named by its cursor. */
export function useAccountViews(userId: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: accountKeys.views(userId, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/users/{user_id}/views', {
          params: {
            ...userPath(userId),
            query: { ...(cursor ? { cursor } : {}), limit: VIEWS_PAGE_SIZE },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** After a change: the account, its trail (the change is in it) and the searches reload. */
function useAccountChanged(userId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    void queryClient.invalidateQueries({ queryKey: accountKeys.audit(userId) });
  };
}

/**
 * Every change to an account goes through the step-up: the API may ask for a recent second
 * factor, and then the dialog asks once and the call is tried again.
 */
export function useAccountAction(userId: string, action: AccountAction) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useAccountChanged(userId);
  return useMutation({
    mutationFn: () =>
      stepUp(async () => {
        const params = userPath(userId);
        if (action === 'deactivate') {
          await client.POST('/api/v1/admin/users/{user_id}/deactivation', { params });
        } else if (action === 'reactivate') {
          await client.POST('/api/v1/admin/users/{user_id}/reactivation', { params });
        } else if (action === 'resetPhone') {
          await client.DELETE('/api/v1/admin/users/{user_id}/mfa/sms', { params });
        } else {
          await client.DELETE('/api/v1/admin/users/{user_id}', { params });
        }
      }),
    onSuccess: changed,
  });
}

export type AccountAction = 'deactivate' | 'reactivate' | 'resetPhone' | 'delete';

export function useChangeAccountEmail(userId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useAccountChanged(userId);
  return useMutation({
    mutationFn: (newEmail: string) =>
      stepUp(() =>
        requireData(
          client.PUT('/api/v1/admin/users/{user_id}/email', {
            params: userPath(userId),
            body: { new_email: newEmail },
          }),
        ),
      ),
    onSuccess: changed,
  });
}

export function useLinkAccount(userId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useAccountChanged(userId);
  return useMutation({
    mutationFn: (body: MembershipCreate) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/users/{user_id}/memberships', {
            params: userPath(userId),
            body,
          }),
        ),
      ),
    onSuccess: changed,
  });
}

/** A professional's account: the activation e-mail goes out at once. */
export function useCreateAccount() {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountCreate) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/users', { body }))),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

/** The supplier branch a branch staff member works for (null: none); the answer is the account. */
export function useSetStaffBranch(userId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const changed = useAccountChanged(userId);
  return useMutation({
    mutationFn: (branchId: string | null) =>
      stepUp(() =>
        requireData(
          client.PUT('/api/v1/admin/users/{user_id}/staff-branch', {
            params: userPath(userId),
            body: { branch_id: branchId },
          }),
        ),
      ),
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(userId), account);
      changed();
    },
  });
}
