import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { providerKeys, queueKeys } from './keys';

export type Provider = components['schemas']['ProviderSummary'];
export type ProviderStatus = Provider['status'];
export type VogStatus = components['schemas']['VogStatus'];
export type Badges = components['schemas']['BadgesUpdate'];

export const PROVIDER_STATUSES: readonly ProviderStatus[] = [
  'draft',
  'awaiting_payment',
  'awaiting_vog',
  'live',
  'suspended',
  'offline',
];
export const VOG_STATUSES: readonly VogStatus[] = ['missing', 'waiting', 'confirmed', 'rejected'];

/** The list's filters, as the address and the API both name them. */
export interface ProviderFilters {
  status: ProviderStatus | null;
  vog: VogStatus | null;
  vogMissing: boolean;
}

export const PROVIDERS_PAGE_SIZE = 20;

/** The list's filters read from the address (anything unknown is left out). */
export function providerFiltersFrom(params: URLSearchParams): ProviderFilters {
  const status = params.get('status');
  const vog = params.get('vog');
  return {
    status: PROVIDER_STATUSES.includes(status as ProviderStatus)
      ? (status as ProviderStatus)
      : null,
    vog: VOG_STATUSES.includes(vog as VogStatus) ? (vog as VogStatus) : null,
    vogMissing: params.get('vog_missing') === 'true',
  };
}

/** The filters and the page as the address's query (also the API's query, but for the limit). */
export function providerQuery(filters: ProviderFilters, cursor: string | null = null) {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.vog) query.set('vog', filters.vog);
  if (filters.vogMissing) query.set('vog_missing', 'true');
  if (cursor) query.set('cursor', cursor);
  return query;
}

export function useProviderList(filters: ProviderFilters, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: providerKeys.list(providerQuery(filters).toString(), cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/providers', {
          params: {
            query: {
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.vog ? { vog: filters.vog } : {}),
              ...(filters.vogMissing ? { vog_missing: true } : {}),
              ...(cursor ? { cursor } : {}),
              limit: PROVIDERS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProvider(profileId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: providerKeys.detail(profileId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/providers/{profile_id}', {
          params: { path: { profile_id: profileId } },
          signal,
        }),
      ),
  });
}

/** The answer replaces the provider at once; the lists and the day's queues reload. */
function useProviderChanged(profileId: string) {
  const queryClient = useQueryClient();
  return (provider: Provider) => {
    queryClient.setQueryData(providerKeys.detail(profileId), provider);
    void queryClient.invalidateQueries({ queryKey: providerKeys.all });
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
  };
}

const profilePath = (profileId: string) => ({ path: { profile_id: profileId } });

export function useSetBadges(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: Badges) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/providers/{profile_id}/badges', {
            params: profilePath(profileId),
            body,
          }),
        ),
      ),
    onSuccess: useProviderChanged(profileId),
  });
}

export function useSuspendProvider(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (reason: string) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/providers/{profile_id}/suspension', {
            params: profilePath(profileId),
            body: { reason },
          }),
        ),
      ),
    onSuccess: useProviderChanged(profileId),
  });
}

export function useRestoreProvider(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: () =>
      stepUp(() =>
        requireData(
          client.DELETE('/api/v1/admin/providers/{profile_id}/suspension', {
            params: profilePath(profileId),
          }),
        ),
      ),
    onSuccess: useProviderChanged(profileId),
  });
}

/** Confirm the VOG file staff looked at (its version), with the date it was issued. */
export function useConfirmVog(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: { version: string; issued_on: string }) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/providers/{profile_id}/vog/confirmation', {
            params: profilePath(profileId),
            body,
          }),
        ),
      ),
    onSuccess: useProviderChanged(profileId),
  });
}

export function useRejectVog(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: { version: string; reason: string }) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/providers/{profile_id}/vog/rejection', {
            params: profilePath(profileId),
            body,
          }),
        ),
      ),
    onSuccess: useProviderChanged(profileId),
  });
}

/** The VOG file itself (a PDF), opened in the browser with the staff member's session. */
export function vogFileUrl(profileId: string): string {
  return `/api/v1/admin/providers/${encodeURIComponent(profileId)}/vog`;
}

/** The introduction video as the API streams it, played with the staff member's session. */
export function providerVideoUrl(profileId: string): string {
  return `/api/v1/admin/providers/${encodeURIComponent(profileId)}/video`;
}
