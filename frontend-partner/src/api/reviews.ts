import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { providerKeys, reviewKeys } from './keys';

export type ReviewInvitation = components['schemas']['ReviewInvitation'];
export type ReviewCreate = components['schemas']['ReviewCreate'];

/** What a review link is for; a used or unknown link answers 422. */
export function useReviewInvitation(token: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewKeys.invitation(token),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/reviews/invitation', { params: { query: { token } }, signal }),
      ),
    enabled: token !== '',
    staleTime: Infinity,
  });
}

export function useSubmitReview() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewCreate) => requireData(client.POST('/api/v1/reviews', { body })),
    // The provider's rating and reviews changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providerKeys.all }),
  });
}
