// The helper's side of matching: proposals from partners, engagements, the calendar feed.
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type Proposal = components['schemas']['ProposalRead'];
export type ProposalStatus = Proposal['status'];
export type Engagement = components['schemas']['EngagementRead'];
export type CalendarFeed = components['schemas']['CalendarFeedState'];

export const proposalKeys = {
  all: ['proposals'] as const,
  inbox: (cursor: string | null) => ['proposals', 'inbox', cursor] as const,
  one: (id: string) => ['proposals', 'one', id] as const,
  engagements: ['proposals', 'engagements'] as const,
  calendar: ['proposals', 'calendar'] as const,
};

/** The proposals partners sent me, a page at a time. */
export function useMyProposals(cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: proposalKeys.inbox(cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/helper/proposals', {
          params: { query: { cursor: cursor ?? undefined } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMyProposal(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: proposalKeys.one(id),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/helper/proposals/{proposal_id}', {
          params: { path: { proposal_id: id } },
          signal,
        }),
      ),
  });
}

export type ProposalAnswer =
  | { kind: 'accept'; otherMoment: string | null }
  | { kind: 'decline'; reason: string }
  | { kind: 'confirm' }
  | { kind: 'end'; reason: string };

/** Answer a proposal, or, after the first meeting, go on with it or not. */
export function useAnswerProposal(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: ProposalAnswer) => {
      const path = { params: { path: { proposal_id: id } } };
      switch (answer.kind) {
        case 'accept':
          return requireData(
            client.POST('/api/v1/helper/proposals/{proposal_id}/acceptance', {
              ...path,
              body: { other_moment: answer.otherMoment },
            }),
          );
        case 'decline':
          return requireData(
            client.POST('/api/v1/helper/proposals/{proposal_id}/decline', {
              ...path,
              body: { reason: answer.reason },
            }),
          );
        case 'confirm':
          return requireData(
            client.POST('/api/v1/proposals/{proposal_id}/first-meeting-confirmation', path),
          );
        default:
          return requireData(
            client.POST('/api/v1/proposals/{proposal_id}/ending', {
              ...path,
              body: { reason: answer.reason },
            }),
          );
      }
    },
    onSuccess: (proposal: Proposal) => {
      queryClient.setQueryData(proposalKeys.one(id), proposal);
      void queryClient.invalidateQueries({ queryKey: ['proposals', 'inbox'] });
      void queryClient.invalidateQueries({ queryKey: proposalKeys.engagements });
    },
  });
}

export function useMyEngagements() {
  const client = useApiClient();
  return useQuery({
    queryKey: proposalKeys.engagements,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/helper/engagements', { signal })),
  });
}

export type EngagementChange = 'pause' | 'resume' | 'end';

export function useChangeEngagement() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      change,
      reason,
    }: {
      id: string;
      change: EngagementChange;
      reason: string;
    }) => {
      const path = { params: { path: { engagement_id: id } } };
      switch (change) {
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalKeys.engagements }),
  });
}

/** Whether I have a private calendar address now. */
export function useCalendarFeed() {
  const client = useApiClient();
  return useQuery({
    queryKey: proposalKeys.calendar,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/me/calendar-feed', { signal })),
  });
}

/** A new private address (the old one stops working); shown once, to copy into a calendar. */
export function useNewCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requireData(client.POST('/api/v1/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalKeys.calendar }),
  });
}

export function useRevokeCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await client.DELETE('/api/v1/me/calendar-feed');
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalKeys.calendar }),
  });
}
