// The organisation's invoices (portal admins only): the open ones or all, one invoice with its
// lines, the PDF, and paying an open invoice with iDEAL.
import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { attachmentName, readWithProgress, saveFile, useApiClient } from '@kring/common';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';

export type InvoiceSummary = components['schemas']['InvoiceSummary'];
export type Invoice = components['schemas']['InvoiceDetail'];
export type InvoiceLine = components['schemas']['InvoiceLineRead'];
export type InvoiceStatus = components['schemas']['InvoiceStatus'];
export type InvoiceView = NonNullable<
  NonNullable<operations['invoices:list']['parameters']['query']>['view']
>;

export const INVOICE_VIEWS = ['open', 'all'] as const satisfies readonly InvoiceView[];
/** Invoices per page ("Load more" fetches the next page). */
export const INVOICES_PAGE_SIZE = 20;
/** While a payment is being processed the invoice is asked again this often. */
export const PAYMENT_POLL_MS = 2000;

export const invoiceKeys = {
  all: ['invoices'] as const,
  list: (organisationId: string, view: InvoiceView) =>
    ['invoices', organisationId, 'list', view] as const,
  detail: (organisationId: string, invoiceId: string) =>
    ['invoices', organisationId, 'detail', invoiceId] as const,
};

/** Open (not paid yet, the first due first) or all invoices (the newest first). */
export function useInvoices(organisationId: string, view: InvoiceView) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: invoiceKeys.list(organisationId, view),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/invoices', {
          params: {
            path: { organisation_id: organisationId },
            query: { view, limit: INVOICES_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** One invoice; `poll` asks again every few seconds (while a payment is being processed). */
export function useInvoice(organisationId: string, invoiceId: string | undefined, poll = false) {
  const client = useApiClient();
  return useQuery({
    queryKey: invoiceKeys.detail(organisationId, invoiceId ?? ''),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/invoices/{invoice_id}', {
          params: { path: { organisation_id: organisationId, invoice_id: invoiceId ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(invoiceId),
    refetchInterval: (query) =>
      poll && query.state.data?.status !== 'paid' ? PAYMENT_POLL_MS : false,
  });
}

/** Fetches the invoice as a PDF and saves it, named as the API says (the invoice number). */
export function useDownloadInvoice(organisationId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      invoice,
      onProgress,
    }: {
      invoice: Pick<Invoice, 'id' | 'number'>;
      onProgress: (fraction: number) => void;
    }) => {
      const { response } = await client.GET(
        '/api/v1/organisations/{organisation_id}/invoices/{invoice_id}/pdf',
        {
          params: { path: { organisation_id: organisationId, invoice_id: invoice.id } },
          parseAs: 'stream',
        },
      );
      const blob = await readWithProgress(response, 'application/pdf', onProgress);
      const name = attachmentName(response, `${invoice.number}.pdf`);
      saveFile(blob, name);
      return name;
    },
  });
}

/** Starts (or resumes) the iDEAL payment; the answer is where to send the payer. */
export function usePayInvoice(organisationId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (invoiceId: string) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/invoices/{invoice_id}/payment', {
          params: { path: { organisation_id: organisationId, invoice_id: invoiceId } },
        }),
      ),
  });
}

/** The address of the PDF in the API (the link works on its own too). */
export function invoicePdfUrl(organisationId: string, invoiceId: string): string {
  return `/api/v1/organisations/${organisationId}/invoices/${invoiceId}/pdf`;
}
