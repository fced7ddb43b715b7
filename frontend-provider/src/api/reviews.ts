import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import {
  useInfiniteQuery,
  useMutation,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';

export type ProviderReview = components['schemas']['ProviderReviewRead'];
export type ProviderReviewPage = components['schemas']['Page_ProviderReviewRead_'];

/** The API's limit for a reply. */
export const MAX_REPLY = 2000;

/** Reviews per page. */
export const REVIEWS_PAGE_SIZE = 20;

export const reviewKeys = { all: ['provider-reviews'] as const };

/**
 * My reviews, newest first; those Kring has hidden too, with the reason. A page at a time:
 * "Show more" fetches the next by its cursor.
 */
export function useMyReviews() {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: reviewKeys.all,
    queryFn: ({ signal, pageParam }) =>
      requireData(
        client.GET('/api/v1/provider/reviews', {
          params: {
            query: { limit: REVIEWS_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page: ProviderReviewPage) => page.next_cursor,
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
      queryClient.setQueryData<InfiniteData<ProviderReviewPage, string | null>>(
        reviewKeys.all,
        (reviews) =>
          reviews && {
            ...reviews,
            pages: reviews.pages.map((page) => ({
              ...page,
              items: page.items.map((one) => (one.id === review.id ? review : one)),
            })),
          },
      );
    },
  });
}
