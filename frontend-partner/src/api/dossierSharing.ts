import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dossier } from './dossiers';
import { dossierKeys } from './keys';

export type Proxy = components['schemas']['ProxyRead'];
export type ProxyInvite = components['schemas']['ProxyInvite'];
export type ProxyRight = components['schemas']['ProxyRight'];
export type TransferOffer = components['schemas']['TransferOffer'];

/** After a change: the dossier, its proxies and its access log are read again. */
function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: dossierKeys.one(id) }),
      queryClient.invalidateQueries({ queryKey: dossierKeys.proxies(id) }),
      queryClient.invalidateQueries({ queryKey: ['dossiers', 'access-log', id] }),
      queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] }),
    ]);
}

/** Who acts for the help seeker: invitations and proxies (for the manager and the help seeker). */
export function useProxies(id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.proxies(id),
    enabled,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/proxies', {
          params: { path: { dossier_id: id } },
          signal,
        }),
      ),
  });
}

export function useInviteProxy(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: ProxyInvite) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/proxies', {
          params: { path: { dossier_id: id } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveProxy(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: async (proxyId: string) => {
      await client.DELETE('/api/v1/dossiers/{dossier_id}/proxies/{proxy_id}', {
        params: { path: { dossier_id: id, proxy_id: proxyId } },
      });
    },
    onSuccess: refresh,
  });
}

export function useOfferTransfer(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (body: TransferOffer) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/transfer', {
          params: { path: { dossier_id: id } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useWithdrawTransfer(id: string) {
  const client = useApiClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: async () => {
      await client.DELETE('/api/v1/dossiers/{dossier_id}/transfer', {
        params: { path: { dossier_id: id } },
      });
    },
    onSuccess: refresh,
  });
}

export type StatusChange = 'pause' | 'resume' | 'close';

/** Pause, resume or close the dossier, with a reason kept in its history. */
export function useChangeStatus(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ change, reason }: { change: StatusChange; reason: string }) => {
      const path = { params: { path: { dossier_id: id } } };
      const optional = { reason: reason || null };
      switch (change) {
        case 'pause':
          return requireData(
            client.POST('/api/v1/dossiers/{dossier_id}/pause', { ...path, body: optional }),
          );
        case 'resume':
          return requireData(
            client.POST('/api/v1/dossiers/{dossier_id}/resumption', { ...path, body: optional }),
          );
        default:
          return requireData(
            client.POST('/api/v1/dossiers/{dossier_id}/closure', { ...path, body: { reason } }),
          );
      }
    },
    onSuccess: (dossier: Dossier) => {
      queryClient.setQueryData(dossierKeys.one(id), dossier);
      return refresh();
    },
  });
}

/** The browser is about to print the dossier page: the print is recorded in the access log first. */
export function useRecordPrint(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await client.POST('/api/v1/dossiers/{dossier_id}/prints', {
        params: { path: { dossier_id: id } },
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossiers', 'access-log', id] }),
  });
}

/** The dossier as a PDF, in the reader's language (the download is recorded by the API). */
export const exportPath = (id: string) => `/api/v1/dossiers/${id}/export`;
