import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export type ProviderReview = components['schemas']['ProviderReviewRead'];

/** The API's limit for a reply. */
export const MAX_REPLY = 2000;

export const reviewKeys = { all: ['provider-reviews'] as const };

/** My reviews, newest first; those Kring has hidden too, with the reason. */
export function useMyReviews() {
  const client = useApiClient();
  return useQuery({
    queryKey: reviewKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/provider/reviews', { signal })),
  });
}

/** My one public reply to a review; the answer takes the review's place in the list. */
export function useReplyToReview() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: string }) =>
      requireData(
        client.PUT('/api/v1/provider/reviews/{review_id}/reply', {
          params: { path: { review_id: id } },
          body: { reply },
        }),
      ),
    onSuccess: (review) => {
      queryClient.setQueryData<ProviderReview[]>(reviewKeys.all, (reviews) =>
        reviews?.map((one) => (one.id === review.id ? review : one)),
      );
    },
  });
}
