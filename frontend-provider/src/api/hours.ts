// The helper's hours: the quick entry's start, the entries of a week, the rejected ones to fix,
// logging, changing, withdrawing and correcting hours, and the monthly statements as PDF.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, readWithProgress, saveFile, useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type HoursStart = components['schemas']['HelperHoursStart'];
export type HoursEngagement = components['schemas']['HoursEngagement'];
export type Entry = components['schemas']['EntryRead'];
export type EntryStatus = Entry['status'];
export type EntryCreate = components['schemas']['EntryCreate'];
export type EntryUpdate = components['schemas']['EntryUpdate'];
export type Statement = components['schemas']['StatementSummary'];

/** How far back the API lists hours in one request (its 93 days). */
export const LIST_DAYS_MAX = 93;
/** The longest note the API takes. */
export const NOTE_MAX = 500;

export const hoursKeys = {
  all: ['hours'] as const,
  start: ['hours', 'start'] as const,
  entries: ['hours', 'entries'] as const,
  range: (from: string, to: string, status: EntryStatus | null) =>
    ['hours', 'entries', from, to, status] as const,
  statements: ['hours', 'statements'] as const,
};

/** My engagements with their usual times, the one I logged for last, and today. */
export function useHoursStart() {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.start,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/helper/hours/start', { signal })),
  });
}

/** My entries from one day to the other (both `YYYY-MM-DD`), optionally of one status. */
export function useMyHours(from: string, to: string, status: EntryStatus | null = null) {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.range(from, to, status),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/helper/hours', {
          params: { query: { from, to, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Every change to hours refreshes the lists, the start (the last engagement) and statements. */
function useHoursChange<TInput>(change: (input: TInput) => Promise<Entry | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hoursKeys.all }),
  });
}

/** Log hours for a day of one of my engagements; they wait for approval. */
export function useLogHours() {
  const client = useApiClient();
  return useHoursChange((body: EntryCreate) =>
    requireData(client.POST('/api/v1/helper/hours', { body })),
  );
}

/** Change hours still waiting, or fix rejected ones (they wait again). */
export function useChangeHours() {
  const client = useApiClient();
  return useHoursChange(({ id, body }: { id: string; body: EntryUpdate }) =>
    requireData(
      client.PUT('/api/v1/helper/hours/{entry_id}', {
        params: { path: { entry_id: id } },
        body,
      }),
    ),
  );
}

/** A correction of approved hours: it waits for approval, then replaces them. */
export function useCorrectHours() {
  const client = useApiClient();
  return useHoursChange(({ id, body }: { id: string; body: EntryUpdate }) =>
    requireData(
      client.POST('/api/v1/helper/hours/{entry_id}/corrections', {
        params: { path: { entry_id: id } },
        body,
      }),
    ),
  );
}

/** Take back hours not approved (logged by mistake). */
export function useWithdrawHours() {
  const client = useApiClient();
  return useHoursChange(async (id: string) => {
    await client.DELETE('/api/v1/helper/hours/{entry_id}', {
      params: { path: { entry_id: id } },
    });
    return undefined;
  });
}

/** My months with approved hours per engagement, newest first. */
export function useMyStatements() {
  const client = useApiClient();
  return useQuery({
    queryKey: hoursKeys.statements,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/helper/statements', { signal })),
  });
}

/**
 * Fetches a month's statement of an engagement as a PDF (with the session cookie, as every call)
 * and hands it to the browser as a download. `onProgress` hears the fraction received (0 to 1)
 * when the API says how long the file is.
 */
export function useDownloadStatement() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      statement,
      onProgress,
    }: {
      statement: Statement;
      onProgress: (fraction: number) => void;
    }) => {
      const { response } = await client.GET(
        '/api/v1/engagements/{engagement_id}/statements/{month}',
        {
          params: { path: { engagement_id: statement.engagement_id, month: statement.month } },
          parseAs: 'stream',
        },
      );
      const blob = await readWithProgress(response, 'application/pdf', onProgress);
      const name = attachmentName(
        response,
        `kring-${statement.help_seeker_first_name.toLowerCase()}-${statement.month}.pdf`,
      );
      saveFile(blob, name);
      return name;
    },
  });
}
