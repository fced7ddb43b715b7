import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyReviews } from '../api/reviews';
import { PageHeader } from '../home/PageHeader';
import { RequireProfile } from '../home/RequireProfile';
import { ReviewCard } from '../reviews/ReviewCard';

/**
 * What customers wrote about me after a handled request, newest first, with those Kring has
 * hidden (and why); a reply under each, once.
 */
export default function ReviewsPage() {
  return <RequireProfile>{() => <Reviews />}</RequireProfile>;
}

function Reviews() {
  const { t } = useTranslation();
  const reviews = useMyReviews();
  const waiting = reviews.data?.filter((review) => review.reply === null).length ?? 0;
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('reviews.title')} lead={t('reviews.lead')} />
      {reviews.isPending ? (
        <LoadingState />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : reviews.data.length === 0 ? (
        <EmptyState title={t('reviews.empty.title')} description={t('reviews.empty.body')} />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dark.5" data-testid="reviews-summary">
            {t('reviews.summary', { count: reviews.data.length })}{' '}
            {waiting > 0 ? t('reviews.waiting', { count: waiting }) : null}
          </Text>
          <Stack
            component="ul"
            gap="md"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('reviews.listLabel')}
          >
            {reviews.data.map((review) => (
              <li key={review.id}>
                <ReviewCard review={review} />
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
