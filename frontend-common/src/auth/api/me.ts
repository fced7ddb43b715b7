import type { components } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { useStepUp } from '../stepUp/StepUpContext';

export type Me = components['schemas']['Me'];
export type PasswordChange = components['schemas']['PasswordChange'];
export type EmailChange = components['schemas']['EmailChange'];
export type Membership = components['schemas']['MembershipInfo'];

export const meKeys = { all: ['me'] as const };

/**
 * The signed-in person, or `null` when nobody is logged in (the API answers 401). Other
 * failures stay errors, so a broken API does not look like a log-out.
 */
export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: meKeys.all,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await requireData(client.GET('/api/v1/me', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** The name to show for the signed-in person: first name, prefix and last name. */
export function displayName(me: Me): string {
  return [me.first_name, me.prefix, me.last_name].filter(Boolean).join(' ');
}

/** The organisations I may act for (with log-in rights), by name. */
export function membershipsOf(me: Me | null | undefined): Membership[] {
  return me?.memberships ?? [];
}

/** The organisation I act for now, if any. */
export function activeMembership(me: Me | null | undefined): Membership | undefined {
  return membershipsOf(me).find(
    (membership) => membership.organisation_id === me?.active_organisation_id,
  );
}

/** A member of several organisations who has not chosen one for this session. */
export function needsOrganisationChoice(me: Me | null | undefined): boolean {
  return membershipsOf(me).length > 1 && !activeMembership(me);
}

/**
 * Ask to change my e-mail address (partner and provider accounts): a link goes to the new
 * address. May ask for a step-up first.
 */
export function useChangeEmail() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: EmailChange) =>
      stepUp(() => requireData(client.POST('/api/v1/me/email', { body }))),
  });
}

/** Change my password; the API ends my other sessions. */
export function useChangePassword() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      await client.PUT('/api/v1/me/password', { body });
    },
  });
}

export type MeUpdate = components['schemas']['MeUpdate'];
export type DutchAddress = components['schemas']['DutchAddress'];
export type DutchAddressRead = components['schemas']['DutchAddressRead'];

/**
 * Change my own details (names, phone for questions, birth date, gender, home address); send
 * only what changed. The answer replaces the cached `me`.
 */
export function useUpdateMe() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeUpdate) => requireData(client.PATCH('/api/v1/me', { body })),
    onSuccess: (me) => queryClient.setQueryData(meKeys.all, me),
  });
}
