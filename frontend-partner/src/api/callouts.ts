import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type CalloutInFeed = components['schemas']['CalloutInFeed'];
export type CalloutForm = components['schemas']['CalloutForm'];
export type CalloutQuestion = components['schemas']['QuestionRead'];
export type AnswerIn = components['schemas']['AnswerIn'];
export type MyAnswer = components['schemas']['MyAnswer'];
export type CalloutDayPart = NonNullable<AnswerIn['availability']>[number];

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WEEK_PARTS = ['morning', 'afternoon', 'evening'] as const;

/** The neighbourhood's callouts (issue 22): the feed's cards and each callout's form. */
export const calloutKeys = {
  all: ['callouts'] as const,
  feed: (neighbourhood: string) => ['callouts', 'feed', neighbourhood] as const,
  form: (neighbourhood: string, callout: string) =>
    ['callouts', 'form', neighbourhood, callout] as const,
};

/** The open callouts sent to the neighbourhood, newest first (shown on top of the feed). */
export function useNeighbourhoodCallouts(neighbourhoodId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: calloutKeys.feed(neighbourhoodId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/callouts', {
          params: { path: { neighbourhood_id: neighbourhoodId } },
          signal,
        }),
      ),
  });
}

export function useCalloutForm(neighbourhoodId: string, calloutId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: calloutKeys.form(neighbourhoodId, calloutId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/neighbourhoods/{neighbourhood_id}/callouts/{callout_id}', {
          params: { path: { neighbourhood_id: neighbourhoodId, callout_id: calloutId } },
          signal,
        }),
      ),
  });
}

/** My answer; a second one replaces the first. */
export function useAnswerCallout(neighbourhoodId: string, calloutId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerIn) =>
      requireData(
        client.PUT('/api/v1/neighbourhoods/{neighbourhood_id}/callouts/{callout_id}/answer', {
          params: { path: { neighbourhood_id: neighbourhoodId, callout_id: calloutId } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calloutKeys.all }),
  });
}

export function useWithdrawAnswer(neighbourhoodId: string, calloutId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await client.DELETE(
        '/api/v1/neighbourhoods/{neighbourhood_id}/callouts/{callout_id}/answer',
        {
          params: { path: { neighbourhood_id: neighbourhoodId, callout_id: calloutId } },
        },
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calloutKeys.all }),
  });
}
