import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { providerKeys } from './keys';

export type StaffReview = components['schemas']['StaffReviewRead'];

/** Reviews per page of a provider's reviews card. */
export const REVIEWS_PAGE_SIZE = 20;

/** A provider's reviews, hidden ones too, newest first; a page named by its cursor. */
export function useProviderReviews(profileId: string, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: providerKeys.reviewPage(profileId, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/providers/{profile_id}/reviews', {
          params: {
            path: { profile_id: profileId },
            query: { ...(cursor ? { cursor } : {}), limit: REVIEWS_PAGE_SIZE },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * Hide a review with a reason (`reason`), or show it again (`null`); the provider's reviews
 * reload (the rating is recomputed at once).
 */
export function useReviewHiding(profileId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, reason }: { reviewId: string; reason: string | null }) =>
      stepUp(() => {
        const params = { path: { review_id: reviewId } };
        return requireData(
          reason === null
            ? client.DELETE('/api/v1/admin/reviews/{review_id}/hiding', { params })
            : client.POST('/api/v1/admin/reviews/{review_id}/hiding', {
                params,
                body: { reason },
              }),
        );
      }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: providerKeys.reviews(profileId) }),
  });
}
