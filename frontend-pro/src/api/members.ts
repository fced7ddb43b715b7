import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { meKeys, useApiClient, useStepUp } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { contactDetailsKeys, memberKeys } from './keys';

export type Member = components['schemas']['MemberRead'];
export type MemberCreate = components['schemas']['MemberCreate'];
export type MemberUpdate = components['schemas']['MemberUpdate'];
export type MemberRights = components['schemas']['MemberRights'];
export type MemberPage = components['schemas']['Page_MemberRead_'];

/** Contact persons per page of the list ("Show more" loads the next page). */
export const MEMBERS_PAGE_SIZE = 20;

interface MemberPath {
  organisationId: string;
  membershipId: string;
}

const path = ({ organisationId, membershipId }: MemberPath) => ({
  path: { organisation_id: organisationId, membership_id: membershipId },
});

/**
 * The organisation's contact persons filtered by `q` (name, e-mail, department), a page at a
 * time: each page's `next_cursor` fetches the next one.
 */
export function useMembers(organisationId: string, q: string) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: memberKeys.list(organisationId, q),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/members', {
          params: {
            path: { organisation_id: organisationId },
            query: {
              ...(q ? { q } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: MEMBERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last: MemberPage) => last.next_cursor,
    // Typing in the search keeps the last list on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

/** One contact person. */
export function useMember(organisationId: string, membershipId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: memberKeys.detail(organisationId, membershipId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/members/{membership_id}', {
          params: path({ organisationId, membershipId }),
          signal,
        }),
      ),
  });
}

/**
 * After a change to a contact person: the lists, the person, my own contact details and `me`
 * (my rights may be what changed) are loaded afresh; the answer replaces the person at once.
 */
function useMemberChanged(organisationId: string) {
  const queryClient = useQueryClient();
  return (member?: Member) => {
    if (member) queryClient.setQueryData(memberKeys.detail(organisationId, member.id), member);
    void queryClient.invalidateQueries({ queryKey: memberKeys.lists(organisationId) });
    void queryClient.invalidateQueries({ queryKey: contactDetailsKeys.all });
    void queryClient.invalidateQueries({ queryKey: meKeys.all });
  };
}

/** Add a contact person (portal admins); the activation e-mail follows within 60 minutes. */
export function useCreateMember(organisationId: string) {
  const client = useApiClient();
  const changed = useMemberChanged(organisationId);
  return useMutation({
    mutationFn: (body: MemberCreate) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/members', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** Change a contact person's details (portal admins); not the e-mail address, not the rights. */
export function useUpdateMember(organisationId: string, membershipId: string) {
  const client = useApiClient();
  const changed = useMemberChanged(organisationId);
  return useMutation({
    mutationFn: (body: MemberUpdate) =>
      requireData(
        client.PATCH('/api/v1/organisations/{organisation_id}/members/{membership_id}', {
          params: path({ organisationId, membershipId }),
          body,
        }),
      ),
    onSuccess: changed,
  });
}

/** Set the two rights (portal admins, also their own); the last admin cannot step down (409). */
export function useSetMemberRights(organisationId: string, membershipId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useMemberChanged(organisationId);
  return useMutation({
    mutationFn: (body: MemberRights) =>
      stepUp(() =>
        requireData(
          client.PUT('/api/v1/organisations/{organisation_id}/members/{membership_id}/rights', {
            params: path({ organisationId, membershipId }),
            body,
          }),
        ),
      ),
    onSuccess: changed,
  });
}

/** Remove a contact person from the organisation (portal admins); the account stays. */
export function useRemoveMember(organisationId: string, membershipId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const changed = useMemberChanged(organisationId);
  return useMutation({
    mutationFn: () =>
      stepUp(async () => {
        await client.DELETE('/api/v1/organisations/{organisation_id}/members/{membership_id}', {
          params: path({ organisationId, membershipId }),
        });
      }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: memberKeys.detail(organisationId, membershipId) });
      changed();
    },
  });
}

/** Remove a contact person's second factors (portal admins, after consulting Kring's IT). */
export function useResetMemberMfa(organisationId: string, membershipId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      stepUp(async () => {
        await client.DELETE('/api/v1/organisations/{organisation_id}/members/{membership_id}/mfa', {
          params: path({ organisationId, membershipId }),
        });
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}
