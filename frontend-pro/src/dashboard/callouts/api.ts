// The service dashboard's callouts (a municipality or social service): the list, a new callout
// to the neighbourhoods it serves, closing one, and the answers (a filtered table, CSV/XLSX).
import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, readWithProgress, saveFile, useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export type CalloutSummary = components['schemas']['CalloutSummary'];
export type CalloutRead = components['schemas']['CalloutRead'];
export type CalloutCreate = components['schemas']['CalloutCreate'];
export type QuestionIn = components['schemas']['QuestionIn'];
export type QuestionKind = components['schemas']['QuestionKind'];
export type AnswerRow = components['schemas']['AnswerRow'];
export type ServedNeighbourhood = components['schemas']['ServedNeighbourhood'];
export type AnswerFilters = NonNullable<operations['callouts:list_answers']['parameters']['query']>;
export type ExportFormat = 'csv' | 'xlsx';

export const QUESTION_KINDS = [
  'text',
  'choice',
  'yes_no',
] as const satisfies readonly QuestionKind[];
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WEEK_PARTS = ['morning', 'afternoon', 'evening'] as const;
export const DAY_PARTS = WEEK_DAYS.flatMap((day) => WEEK_PARTS.map((part) => `${day}_${part}`));

export const calloutKeys = {
  all: ['callouts'] as const,
  list: (organisationId: string) => ['callouts', organisationId, 'list'] as const,
  one: (organisationId: string, calloutId: string) =>
    ['callouts', organisationId, 'one', calloutId] as const,
  answers: (organisationId: string, calloutId: string, filters: AnswerFilters) =>
    ['callouts', organisationId, 'answers', calloutId, filters] as const,
  served: (organisationId: string) => ['callouts', organisationId, 'served'] as const,
};

export function useCallouts(organisationId: string) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: calloutKeys.list(organisationId),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/callouts', {
          params: {
            path: { organisation_id: organisationId },
            query: pageParam ? { cursor: pageParam } : {},
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
  });
}

/** The neighbourhoods the organisation serves (the form's checkboxes). */
export function useServedNeighbourhoods(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: calloutKeys.served(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/neighbourhoods', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}

export function useCreateCallout(organisationId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CalloutCreate) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/callouts', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calloutKeys.all }),
  });
}

export function useCallout(organisationId: string, calloutId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: calloutKeys.one(organisationId, calloutId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/callouts/{callout_id}', {
          params: { path: { organisation_id: organisationId, callout_id: calloutId } },
          signal,
        }),
      ),
  });
}

export function useCloseCallout(organisationId: string, calloutId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/callouts/{callout_id}/close', {
          params: { path: { organisation_id: organisationId, callout_id: calloutId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calloutKeys.all }),
  });
}

/** The answers, filtered (the first 100; reading them is audited). */
export function useAnswers(organisationId: string, calloutId: string, filters: AnswerFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: calloutKeys.answers(organisationId, calloutId, filters),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/callouts/{callout_id}/answers', {
          params: {
            path: { organisation_id: organisationId, callout_id: calloutId },
            query: { ...filters, limit: 100 },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The answers as a file, in my language (the API sets the name). */
export function useExportAnswers(organisationId: string, calloutId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (format: ExportFormat) => {
      const { response } = await client.GET(
        '/api/v1/organisations/{organisation_id}/callouts/{callout_id}/answers/export',
        {
          params: {
            path: { organisation_id: organisationId, callout_id: calloutId },
            query: { format },
          },
          parseAs: 'stream',
        },
      );
      const blob = await readWithProgress(response, MEDIA_TYPES[format], () => undefined);
      const name = attachmentName(response, `answers.${format}`);
      saveFile(blob, name);
      return name;
    },
  });
}
