// A dossier's hours: the month to approve, approving and rejecting, the monthly statements.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, saveFile, useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type DossierHours = components['schemas']['DossierHours'];
export type HoursEntry = components['schemas']['EntryRead'];
export type EntryStatus = components['schemas']['EntryStatus'];
export type ApprovalResult = components['schemas']['ApprovalResult'];
export type StatementSummary = components['schemas']['StatementSummary'];

export const hoursKeys = {
  all: (dossierId: string) => ['dossiers', 'hours', dossierId] as const,
  /** `null`: this month, as the API counts it (the first read, which also lists what waits). */
  month: (dossierId: string, month: string | null) =>
    ['dossiers', 'hours', dossierId, month ?? 'this-month'] as const,
  statements: (dossierId: string) => ['dossiers', 'statements', dossierId] as const,
};

/** A month of the dossier's hours (`null`: this month); every read is in the access log. */
export function useDossierHours(dossierId: string, month: string | null, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.month(dossierId, month),
    enabled,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/hours', {
          params: { path: { dossier_id: dossierId }, query: month ? { month } : {} },
          signal,
        }),
      ),
  });
}

/** The months with approved hours, per engagement, newest first. */
export function useDossierStatements(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.statements(dossierId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/statements', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

/** After a decision: the hours, the statements and the access log are read again. */
function useRefreshHours(dossierId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        hoursKeys.all(dossierId),
        hoursKeys.statements(dossierId),
        ['dossiers', 'access-log', dossierId],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useApproveEntry(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshHours(dossierId);
  return useMutation({
    mutationFn: (entryId: string) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/hours/{entry_id}/approval', {
          params: { path: { dossier_id: dossierId, entry_id: entryId } },
        }),
      ),
    // Also after a refusal: someone else may have decided meanwhile; show how it stands now.
    onSettled: refresh,
  });
}

export function useRejectEntry(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshHours(dossierId);
  return useMutation({
    mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/hours/{entry_id}/rejection', {
          params: { path: { dossier_id: dossierId, entry_id: entryId } },
          body: { reason },
        }),
      ),
    onSettled: refresh,
  });
}

/**
 * The month's waiting entries the approver saw (`entryIds`): hours logged since stay waiting.
 * The answer says how many this request approved.
 */
export function useApproveMonth(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshHours(dossierId);
  return useMutation({
    mutationFn: ({ month, entryIds }: { month: string; entryIds: string[] }) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/hours/approval', {
          params: { path: { dossier_id: dossierId } },
          body: { month, entry_ids: entryIds },
        }),
      ),
    onSettled: refresh,
  });
}

/** Fetches a monthly statement and hands it to the browser as a download. */
export function useDownloadStatement() {
  const client = useApiClient();
  return useMutation({
    // The PDF is in the reader's language: the client sends it as Accept-Language.
    mutationFn: async ({ engagementId, month }: { engagementId: string; month: string }) => {
      const { data, response } = await client.GET(
        '/api/v1/engagements/{engagement_id}/statements/{month}',
        { params: { path: { engagement_id: engagementId, month } }, parseAs: 'blob' },
      );
      const name = attachmentName(response, `kring-${month}.pdf`);
      saveFile(data as Blob, name);
      return name;
    },
  });
}
