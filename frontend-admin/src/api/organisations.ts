import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { organisationKeys } from './keys';

export type Organisation = components['schemas']['OrganisationRead'];
export type OrganisationKind = Organisation['kind'];
export type OrganisationCreate = components['schemas']['OrganisationCreate'];
export type OrganisationUpdate = components['schemas']['OrganisationUpdate'];
export type Country = Organisation['country'];

export type Member = components['schemas']['MemberRead'];

/** Members per page of an organisation's members card. */
export const MEMBERS_PAGE_SIZE = 20;

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'umbrella',
  'care_organisation',
  'supplier_branch',
  'partner_organisation',
  'municipality',
  'provider_company',
  'social_service',
];
export const COUNTRIES: readonly Country[] = ['NL', 'BE'];

/** Organisations to choose from (by name, KvK or enterprise number), the first page only. */
export function useOrganisationSearch(q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationKeys.search(q),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations', {
          params: { query: { ...(q ? { q } : {}), limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One page of the organisation search; the page is named by its cursor, for a shared link. */
export function useOrganisationList(q: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...organisationKeys.search(q), cursor],
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations', {
          params: { query: { ...(q ? { q } : {}), ...(cursor ? { cursor } : {}), limit: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One organisation; `enabled: false` waits (a filter with no organisation chosen yet). */
export function useOrganisation(organisationId: string, { enabled = true } = {}) {
  const client = useApiClient();
  return useQuery({
    enabled,
    queryKey: organisationKeys.detail(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations/{organisation_id}', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}

/** An organisation's contact persons by last name, a page named by its cursor (audited). */
export function useOrganisationMembers(organisationId: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationKeys.members(organisationId, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations/{organisation_id}/members', {
          params: {
            path: { organisation_id: organisationId },
            query: { ...(cursor ? { cursor } : {}), limit: MEMBERS_PAGE_SIZE },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The answer is the organisation as stored: it replaces the page's copy; the lists reload. */
function useOrganisationSaved() {
  const queryClient = useQueryClient();
  return (organisation: Organisation) => {
    void queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
  };
}

export function useCreateOrganisation() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: OrganisationCreate) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/organisations', { body }))),
    onSuccess: useOrganisationSaved(),
  });
}

/** Only what changed is sent: the API leaves out what the body leaves out. */
export function useUpdateOrganisation(organisationId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/organisations/{organisation_id}', {
            params: { path: { organisation_id: organisationId } },
            body,
          }),
        ),
      ),
    onSuccess: useOrganisationSaved(),
  });
}
