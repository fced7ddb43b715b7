import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dossierKeys, skillKeys } from './keys';

export type Dossier = components['schemas']['DossierRead'];
export type DossierSummary = components['schemas']['DossierSummary'];
export type DossierPage = components['schemas']['Page_DossierSummary_'];
export type DossierStatus = components['schemas']['DossierStatus'];
export type DossierStep = components['schemas']['DossierStep'];
export type DossierCreate = components['schemas']['DossierCreate'];
export type WhoStep = components['schemas']['WhoStep'];
export type HelpStep = components['schemas']['HelpStep'];
export type WhenStep = components['schemas']['WhenStep'];
export type BankStep = components['schemas']['BankStep'];
export type TermsStep = components['schemas']['TermsStep'];
export type HowOften = components['schemas']['HowOften'];
export type AccessLogEntry = components['schemas']['AccessLogEntry'];
export type AccessLogPage = components['schemas']['Page_AccessLogEntry_'];
export type Payment = components['schemas']['PaymentRead'];
export type Skill = components['schemas']['SkillRead'];

export interface DossierQuery {
  q: string;
  status: DossierStatus | null;
  cursor: string | null;
}

/** My dossiers: a page of them, searched by the help seeker's name and filtered on status. */
export function useDossiers(query: DossierQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.list(query),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers', {
          params: {
            query: {
              q: query.q || undefined,
              status: query.status ?? undefined,
              cursor: query.cursor ?? undefined,
            },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDossier(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.one(id ?? ''),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}', {
          params: { path: { dossier_id: id ?? '' } },
          signal,
        }),
      ),
  });
}

/** After a change: the dossier is the API's answer; the lists are read again. */
function useStoreDossier() {
  const queryClient = useQueryClient();
  return (dossier: Dossier) => {
    queryClient.setQueryData(dossierKeys.one(dossier.id), dossier);
    void queryClient.invalidateQueries({ queryKey: ['dossiers', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['dossiers', 'access-log', dossier.id] });
  };
}

export function useCreateDossier() {
  const client = useApiClient();
  const store = useStoreDossier();
  return useMutation({
    mutationFn: (body: DossierCreate) => requireData(client.POST('/api/v1/dossiers', { body })),
    onSuccess: store,
  });
}

type StepBodies = {
  who: WhoStep;
  help: HelpStep;
  when: WhenStep;
  bank: BankStep;
  terms: TermsStep;
};

/** Saves one wizard step (PUT /dossiers/{id}/{step}) and keeps the API's answer. */
export function useSaveStep<S extends keyof StepBodies>(id: string, step: S) {
  const client = useApiClient();
  const store = useStoreDossier();
  return useMutation({
    mutationFn: (body: StepBodies[S]) => {
      const path = { params: { path: { dossier_id: id } } };
      switch (step) {
        case 'who':
          return requireData(
            client.PUT('/api/v1/dossiers/{dossier_id}/who', { ...path, body: body as WhoStep }),
          );
        case 'help':
          return requireData(
            client.PUT('/api/v1/dossiers/{dossier_id}/help', { ...path, body: body as HelpStep }),
          );
        case 'when':
          return requireData(
            client.PUT('/api/v1/dossiers/{dossier_id}/when', { ...path, body: body as WhenStep }),
          );
        case 'bank':
          return requireData(
            client.PUT('/api/v1/dossiers/{dossier_id}/bank', { ...path, body: body as BankStep }),
          );
        default:
          return requireData(
            client.PUT('/api/v1/dossiers/{dossier_id}/terms', { ...path, body: body as TermsStep }),
          );
      }
    },
    onSuccess: store,
  });
}

export function useSubmitDossier(id: string) {
  const client = useApiClient();
  const store = useStoreDossier();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/submission', {
          params: { path: { dossier_id: id } },
        }),
      ),
    onSuccess: store,
  });
}

/** Starts the registration fee's payment; the caller sends the payer to its checkout page. */
export function useStartPayment(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/payment', {
          params: { path: { dossier_id: id } },
        }),
      ),
  });
}

/** Who looked at or changed the dossier: a page of the access log from `cursor`. */
export function useAccessLog(id: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: dossierKeys.accessLog(id, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/access-log', {
          params: { path: { dossier_id: id }, query: { cursor: cursor ?? undefined } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The skills list in the reader's language, under its groups' headings. */
export function useSkills() {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: skillKeys.list(i18n.language),
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/skills', { signal })),
    staleTime: 60 * 60 * 1000,
  });
}

const SETTLED: readonly Payment['status'][] = ['paid', 'failed', 'canceled', 'expired'];

/**
 * The latest payment of the registration fee, after the payer comes back from the checkout: read
 * again every 2 seconds until it is settled; once paid, the dossier is read again too.
 */
export function useDossierPayment(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: dossierKeys.payment(id),
    queryFn: async ({ signal }) => {
      const payment = await requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/payment', {
          params: { path: { dossier_id: id } },
          signal,
        }),
      );
      if (payment.status === 'paid') {
        void queryClient.invalidateQueries({ queryKey: dossierKeys.one(id) });
      }
      return payment;
    },
    refetchInterval: (query) =>
      query.state.data && SETTLED.includes(query.state.data.status) ? false : 2000,
  });
}

/** Accept a link from an e-mail: an invitation to act for a help seeker, or a transfer. */
export function useAcceptDossierLink(kind: 'invitation' | 'transfer') {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      requireData(
        kind === 'invitation'
          ? client.POST('/api/v1/dossier-invitations/acceptance', { body: { token } })
          : client.POST('/api/v1/dossier-transfers/acceptance', { body: { token } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}
