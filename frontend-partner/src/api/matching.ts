// Matching on a dossier: helpers near, suggestions, proposals and engagements.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dossierKeys } from './keys';

export type Proposal = components['schemas']['ProposalRead'];
export type ProposalStatus = components['schemas']['ProposalStatus'];
export type ProposalCreate = components['schemas']['ProposalCreate'];
export type Engagement = components['schemas']['EngagementRead'];
export type Suggestion = components['schemas']['Suggestion'];
export type Suggestions = components['schemas']['Suggestions'];
export type ScorePart = components['schemas']['ScorePart'];

// --- hooks -----------------------------------------------------------------------------------

const matchingKeys = {
  near: (id: string) => ['dossiers', 'helpers-near', id] as const,
  suggestions: (id: string, language: string) => ['dossiers', 'suggestions', id, language] as const,
  proposals: (id: string) => ['dossiers', 'proposals', id] as const,
  engagements: (id: string) => ['dossiers', 'engagements', id] as const,
};

/** How many matchable helpers cover the help seeker's address. */
export function useHelpersNear(dossierId: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: matchingKeys.near(dossierId),
    enabled,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/helpers-near', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

/** The best-fitting helpers with their reasons, in the reader's language. */
export function useSuggestions(dossierId: string, enabled: boolean) {
  const client = useApiClient();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: matchingKeys.suggestions(dossierId, i18n.language),
    enabled,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/suggestions', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

export function useDossierProposals(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: matchingKeys.proposals(dossierId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/proposals', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

export function useDossierEngagements(dossierId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: matchingKeys.engagements(dossierId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/dossiers/{dossier_id}/engagements', {
          params: { path: { dossier_id: dossierId } },
          signal,
        }),
      ),
  });
}

/** After any change: the dossier, its matching parts and its access log are read again. */
function useRefreshMatching(dossierId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        dossierKeys.one(dossierId),
        ['dossiers', 'suggestions', dossierId],
        matchingKeys.proposals(dossierId),
        matchingKeys.engagements(dossierId),
        ['dossiers', 'access-log', dossierId],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useSendProposal(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshMatching(dossierId);
  return useMutation({
    mutationFn: (body: ProposalCreate) =>
      requireData(
        client.POST('/api/v1/dossiers/{dossier_id}/proposals', {
          params: { path: { dossier_id: dossierId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

/** Withdraw, confirm the first meeting, or end a proposal (with a reason). */
export function useProposalAction(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshMatching(dossierId);
  return useMutation({
    mutationFn: ({
      proposal,
      action,
      reason,
    }: {
      proposal: Proposal;
      action: ProposalAction;
      reason: string;
    }) => {
      const path = { params: { path: { proposal_id: proposal.id } } };
      switch (action) {
        case 'withdraw':
          return requireData(client.POST('/api/v1/proposals/{proposal_id}/withdrawal', path));
        case 'confirm':
          return requireData(
            client.POST('/api/v1/proposals/{proposal_id}/first-meeting-confirmation', path),
          );
        default:
          return requireData(
            client.POST('/api/v1/proposals/{proposal_id}/ending', { ...path, body: { reason } }),
          );
      }
    },
    onSuccess: refresh,
  });
}

/** Pause, resume or end an engagement, with a reason. */
export function useEngagementAction(dossierId: string) {
  const client = useApiClient();
  const refresh = useRefreshMatching(dossierId);
  return useMutation({
    mutationFn: ({
      engagement,
      action,
      reason,
    }: {
      engagement: Engagement;
      action: EngagementAction;
      reason: string;
    }) => {
      const path = { params: { path: { engagement_id: engagement.id } } };
      switch (action) {
        case 'pause':
          return requireData(
            client.POST('/api/v1/engagements/{engagement_id}/pause', { ...path, body: { reason } }),
          );
        case 'resume':
          return requireData(
            client.POST('/api/v1/engagements/{engagement_id}/resumption', {
              ...path,
              body: { reason: reason || null },
            }),
          );
        default:
          return requireData(
            client.POST('/api/v1/engagements/{engagement_id}/ending', {
              ...path,
              body: { reason },
            }),
          );
      }
    },
    onSuccess: refresh,
  });
}

export type ProposalAction = 'withdraw' | 'confirm' | 'end';
export type EngagementAction = 'pause' | 'resume' | 'end';
