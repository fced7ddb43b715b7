// Hours for staff: the dossiers whose hours wait past their month, and a dossier's month.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useQuery } from '@tanstack/react-query';

export type OverdueDossier = components['schemas']['OverdueDossier'];
export type DossierHours = components['schemas']['DossierHours'];
export type HoursEntry = components['schemas']['EntryRead'];

/** How many overdue dossiers the list asks for; more than this and it says so. */
export const OVERDUE_LIMIT = 100;

export const hoursKeys = {
  overdue: ['admin', 'hours', 'overdue'] as const,
  /** `null`: this month, as the API counts it. */
  dossier: (dossierId: string, month: string | null) =>
    ['admin', 'hours', 'dossier', dossierId, month ?? 'this-month'] as const,
};

/** Dossiers with hours of an earlier month still waiting, the oldest first. */
export function useOverdueHours() {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.overdue,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/hours/overdue', {
          params: { query: { limit: OVERDUE_LIMIT } },
          signal,
        }),
      ),
  });
}

/** A month of a dossier's hours, read only (`null`: this month); in the dossier's access log. */
export function useStaffDossierHours(dossierId: string, month: string | null, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.dossier(dossierId, month),
    enabled,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/dossiers/{dossier_id}/hours', {
          params: { path: { dossier_id: dossierId }, query: month ? { month } : {} },
          signal,
        }),
      ),
  });
}
