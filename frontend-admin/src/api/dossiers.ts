import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dossierKeys } from './keys';

export type DossierSummary = components['schemas']['DossierSummary'];
export type Dossier = components['schemas']['DossierRead'];
export type DossierStatus = components['schemas']['DossierStatus'];
export type AccessLogEntry = components['schemas']['AccessLogEntry'];

export const DOSSIER_STATUSES: readonly DossierStatus[] = [
  'draft',
  'awaiting_payment',
  'searching',
  'matched',
  'paused',
  'closed',
];

/** Dossiers for staff, newest first; the API records each one shown in its access log. */
export function useStaffDossiers(q: string, status: DossierStatus | null, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.list(q, status, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers', {
          params: {
            query: {
              ...(q ? { q } : {}),
              ...(status ? { status } : {}),
              ...(cursor ? { cursor } : {}),
              limit: 20,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One dossier; the read is in its access log. */
export function useStaffDossier(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.detail(dossierId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers/{dossier_id}', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

/** Who read or changed the dossier, newest first. */
export function useStaffDossierAccessLog(dossierId: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.accessLog(dossierId, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers/{dossier_id}/access-log', {
          params: { path: { dossier_id: dossierId }, query: cursor ? { cursor } : {} },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type StaffProposal = components['schemas']['ProposalRead'];
export type StaffEngagement = components['schemas']['EngagementRead'];

/** The proposals sent for a dossier (read by staff, audited). */
export function useStaffDossierProposals(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...dossierKeys.detail(dossierId), 'proposals'],
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers/{dossier_id}/proposals', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

/** The dossier's engagements (read by staff, audited). */
export function useStaffDossierEngagements(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...dossierKeys.detail(dossierId), 'engagements'],
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers/{dossier_id}/engagements', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}
