// A municipality's concierge subscriptions (issue 23): its members subscribe residents of the
// neighbourhoods it serves, by the e-mail address of their account, and end them.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type Subscription = components['schemas']['ConciergeSubscriptionRead'];
export type MemberSubscriptionCreate = components['schemas']['ConciergeMemberSubscriptionCreate'];
export type Funding = components['schemas']['Funding'];
export const FUNDINGS = ['own', 'pgb', 'wmo'] as const satisfies readonly Funding[];

const keys = {
  list: (organisationId: string) => ['concierge', 'subscriptions', organisationId] as const,
};

export function useOrganisationSubscriptions(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: keys.list(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/concierge/subscriptions', {
          params: { path: { organisation_id: organisationId }, query: { limit: 100 } },
          signal,
        }),
      ),
  });
}

export function useSubscribeResident(organisationId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberSubscriptionCreate) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/concierge/subscriptions', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.list(organisationId) }),
  });
}

export function useEndResidentSubscription(organisationId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: { id: string; ends_on: string }) =>
      requireData(
        client.POST(
          '/api/v1/organisations/{organisation_id}/concierge/subscriptions/{subscription_id}/end',
          {
            params: { path: { organisation_id: organisationId, subscription_id: value.id } },
            body: { ends_on: value.ends_on },
          },
        ),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.list(organisationId) }),
  });
}
