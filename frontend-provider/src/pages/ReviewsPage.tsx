import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMyReviews } from '../api/reviews';
import { PageHeader } from '../home/PageHeader';
import { RequireProfile } from '../home/RequireProfile';
import { ReviewCard } from '../reviews/ReviewCard';

/**
 * What customers wrote about me after a handled request, newest first, with those Kring has
 * hidden (and why); a reply under each, once. A page at a time ("Show more").
 */
export default function ReviewsPage() {
  return <RequireProfile>{() => <Reviews />}</RequireProfile>;
}

function Reviews() {
  const { t } = useTranslation();
  const reviews = useMyReviews();
  const loaded = reviews.data?.pages.flatMap((page) => page.items) ?? [];
  const waiting = loaded.filter((review) => review.reply === null).length;
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('reviews.title')} lead={t('reviews.lead')} />
      {reviews.isPending ? (
        <LoadingState />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : loaded.length === 0 ? (
        <EmptyState title={t('reviews.empty.title')} description={t('reviews.empty.body')} />
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dark.5" data-testid="reviews-summary">
            {reviews.hasNextPage
              ? t('reviews.shownSome', { count: loaded.length })
              : t('reviews.summary', { count: loaded.length })}{' '}
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
            {loaded.map((review) => (
              <li key={review.id}>
                <ReviewCard review={review} />
              </li>
            ))}
          </Stack>
          {reviews.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="light"
                onClick={() => void reviews.fetchNextPage()}
                loading={reviews.isFetchingNextPage}
              >
                {t('reviews.more')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}
