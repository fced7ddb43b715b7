// Staff's neighbourhood reports: the queue (open, oldest first; or handled), one report with
// what was reported (a private message is read only this way, audited), and its handling.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export type QueuedReport = components['schemas']['QueuedReport'];
export type StaffReport = components['schemas']['StaffReportRead'];
export type ReportHandle = components['schemas']['ReportHandle'];
export type ReportView = 'open' | 'handled';

export const REPORT_VIEWS = ['open', 'handled'] as const satisfies readonly ReportView[];
export const REPORTS_PAGE_SIZE = 25;

export function reportViewFrom(value: string | null): ReportView {
  return REPORT_VIEWS.find((view) => view === value) ?? 'open';
}

export const reportKeys = {
  all: ['neighbourhood-reports'] as const,
  list: (view: ReportView) => ['neighbourhood-reports', 'list', view] as const,
  detail: (id: string) => ['neighbourhood-reports', 'detail', id] as const,
};

export function useReports(view: ReportView) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: reportKeys.list(view),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/neighbourhood-reports', {
          params: {
            query: {
              status: view,
              limit: REPORTS_PAGE_SIZE,
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/neighbourhood-reports/{report_id}', {
          params: { path: { report_id: id } },
          signal,
        }),
      ),
  });
}

export function useHandleReport(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportHandle) =>
      requireData(
        client.POST('/api/v1/admin/neighbourhood-reports/{report_id}/handle', {
          params: { path: { report_id: id } },
          body,
        }),
      ),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(id), report);
      void queryClient.invalidateQueries({ queryKey: ['neighbourhood-reports', 'list'] });
    },
  });
}
