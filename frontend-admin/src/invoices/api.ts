// Invoices to client organisations as staff read them: the list (by organisation, project and
// status), one invoice, its PDF, recording a payment (admins), the projects with shifts still to
// invoice and making a project's invoice of a month (care managers and admins).
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, readWithProgress, saveFile, useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export type InvoiceSummary = components['schemas']['InvoiceSummary'];
export type Invoice = components['schemas']['InvoiceDetail'];
export type InvoiceLine = components['schemas']['InvoiceLineRead'];
export type InvoiceStatus = components['schemas']['InvoiceStatus'];
export type InvoicePaymentRecord = components['schemas']['InvoicePaymentRecord'];
export type BillableProject = components['schemas']['BillableProject'];

export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['open', 'overdue', 'paid'];
/** Invoices per "show more". */
export const INVOICES_PAGE_SIZE = 25;

export const invoiceKeys = {
  all: ['admin', 'invoices'] as const,
  list: (filters: string) => [...invoiceKeys.all, 'list', filters] as const,
  detail: (id: string) => [...invoiceKeys.all, 'detail', id] as const,
  billable: [...['admin', 'invoices'], 'billable'] as const,
};

/** The list's filters, as the address and the API both name them. */
export interface InvoiceFilters {
  status: InvoiceStatus | null;
  organisation: string | null;
  project: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters from the address; what is not a known value is no filter. */
export function invoiceFiltersFrom(params: URLSearchParams): InvoiceFilters {
  const status = params.get('status');
  const id = (name: string) => {
    const value = params.get(name);
    return value && UUID.test(value) ? value : null;
  };
  return {
    status: INVOICE_STATUSES.includes(status as InvoiceStatus) ? (status as InvoiceStatus) : null,
    organisation: id('organisation'),
    project: id('project'),
  };
}

/** The filters as the address's query, leaving out what is empty. */
export function invoiceQuery(filters: InvoiceFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['status', 'organisation', 'project'] as const) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  return query;
}

/** Every invoice, the newest first, filtered. */
export function useStaffInvoices(filters: InvoiceFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: invoiceKeys.list(invoiceQuery(filters).toString()),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/invoices', {
          params: {
            query: {
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.organisation ? { organisation: filters.organisation } : {}),
              ...(filters.project ? { project: filters.project } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: INVOICES_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** One invoice with its lines (the read is audited). */
export function useStaffInvoice(invoiceId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: invoiceKeys.detail(invoiceId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/invoices/{invoice_id}', {
          params: { path: { invoice_id: invoiceId } },
          signal,
        }),
      ),
  });
}

/** A transfer seen on the bank statement (admins). */
export function useRecordPayment(invoiceId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvoicePaymentRecord) =>
      requireData(
        client.POST('/api/v1/admin/invoices/{invoice_id}/payments', {
          params: { path: { invoice_id: invoiceId } },
          body,
        }),
      ),
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceKeys.detail(invoiceId), invoice);
      void queryClient.invalidateQueries({ queryKey: [...invoiceKeys.all, 'list'] });
    },
  });
}

/** Per project and ended month: confirmed shifts not invoiced yet, the latest month first. */
export function useBillableProjects() {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: invoiceKeys.billable,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/invoices/billable-projects', {
          params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
  });
}

/** Makes a project's invoice of a month. */
export function useMakeInvoice() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, month }: { projectId: string; month: string }) =>
      requireData(
        client.POST('/api/v1/admin/projects/{project_id}/invoices', {
          params: { path: { project_id: projectId } },
          body: { month },
        }),
      ),
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceKeys.detail(invoice.id), invoice);
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.all });
    },
  });
}

/** Fetches the invoice's PDF and saves it, named as the API says. */
export function useDownloadInvoice() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (invoice: Pick<Invoice, 'id' | 'number'>) => {
      const { response } = await client.GET('/api/v1/admin/invoices/{invoice_id}/download', {
        params: { path: { invoice_id: invoice.id } },
        parseAs: 'stream',
      });
      const blob = await readWithProgress(response, 'application/pdf', () => undefined);
      const name = attachmentName(response, `${invoice.number}.pdf`);
      saveFile(blob, name);
      return name;
    },
  });
}
