// Wlz signatures: sign several orders at once (a drawn or typed signature and a fresh second
// factor), refuse one with a reason, and download a signed PDF.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import {
  attachmentName,
  readWithProgress,
  saveFile,
  toLanguage,
  useApiClient,
  useConfirmSecondFactor,
  useStepUp,
} from '@kring/common';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderKeys } from './keys';
import type { Order } from './orders';

export type OrderSigning = components['schemas']['OrderSigning'];
export type Signature = components['schemas']['SignatureRead'];
export type Refusal = components['schemas']['RefusalRead'];
export type SigningRequest = components['schemas']['SigningRequest'];
export type SignatureInput = SigningRequest['signature'];
export type SignedOrder = components['schemas']['SignedOrder'];
export type RefusalCreate = components['schemas']['RefusalCreate'];

/** At most this many orders are signed at once. */
export const SIGN_MAX = 50;
/** The longest reason for a refusal. */
export const REASON_MAX = 1000;
/** A typed signature's length. */
export const TYPED_NAME_MIN = 2;
export const TYPED_NAME_MAX = 200;

/** Whether I can sign the order now: a Wlz order on the signing list, not refused. */
export function canSign(order: Pick<Order, 'action_required' | 'signing'>): boolean {
  const signing = order.signing;
  return Boolean(
    signing && order.action_required && !signing.open_refusal && !signing.off_signing_list,
  );
}

/** The signature in force (not superseded), if any. */
export function currentSignature(signing: OrderSigning): Signature | undefined {
  return signing.signatures.find((signature) => signature.superseded_at === null);
}

/** The address of a signed PDF (also a plain link that works without script). */
export function signedPdfHref(orderId: string, signatureId: string): string {
  return `/api/v1/orders/${orderId}/signatures/${signatureId}/pdf`;
}

/**
 * The orders to sign, each fetched in full (as on the order page, sharing its cache). They are not
 * refreshed behind the signer's back when the window regains focus: what is signed is what was
 * read.
 */
export function useOrdersToSign(orderIds: readonly string[]) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useQueries({
    queries: orderIds.map((orderId) => ({
      queryKey: orderKeys.detail(language, orderId),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        requireData(
          client.GET('/api/v1/orders/{order_id}', {
            params: { path: { order_id: orderId } },
            signal,
          }),
        ),
      refetchOnWindowFocus: false,
      retry: false,
    })),
  });
}

/**
 * After signing or refusing: the lists and these orders are loaded afresh. Other orders open on
 * the signing screen are not: their content stays as the signer read it.
 */
function useOrdersChanged() {
  const queryClient = useQueryClient();
  return (orderIds: readonly string[]) =>
    queryClient.invalidateQueries({
      predicate: ({ queryKey }) =>
        queryKey[0] === orderKeys.all[0] &&
        (queryKey[1] !== 'detail' || orderIds.includes(String(queryKey[3]))),
    });
}

/**
 * Sign the orders as shown (each with the `content_sha256` it was shown with): all or none. A
 * signature is given with a second factor proven at that moment (the signer's own act), so the
 * code is asked first; should the API still find it too old, it is asked once more.
 */
export function useSignOrders() {
  const client = useApiClient();
  const { t } = useTranslation();
  const confirmSecondFactor = useConfirmSecondFactor();
  const stepUp = useStepUp();
  const changed = useOrdersChanged();
  return useMutation({
    mutationFn: async (body: SigningRequest) => {
      await confirmSecondFactor(t('orders.sign.stepUpLead'));
      return stepUp(() => requireData(client.POST('/api/v1/orders/signatures', { body })));
    },
    onSuccess: (result) => {
      void changed(result.signed.map((signed) => signed.order_id));
    },
  });
}

/** Refuse to sign an order, with a reason the branch reads. */
export function useRefuseOrder(orderId: string) {
  const client = useApiClient();
  const changed = useOrdersChanged();
  return useMutation({
    mutationFn: (body: RefusalCreate) =>
      requireData(
        client.POST('/api/v1/orders/{order_id}/refusal', {
          params: { path: { order_id: orderId } },
          body,
        }),
      ),
    onSuccess: () => {
      void changed([orderId]);
    },
  });
}

/** Fetches a signed PDF and hands it to the browser as a download, named as the API says. */
export function useDownloadSignedPdf() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async ({
      orderId,
      signatureId,
      fallbackName,
    }: {
      orderId: string;
      signatureId: string;
      fallbackName: string;
    }) => {
      const { response } = await client.GET(
        '/api/v1/orders/{order_id}/signatures/{signature_id}/pdf',
        {
          params: { path: { order_id: orderId, signature_id: signatureId } },
          parseAs: 'stream',
        },
      );
      const blob = await readWithProgress(response, 'application/pdf');
      const name = attachmentName(response, fallbackName);
      saveFile(blob, name);
      return name;
    },
  });
}
