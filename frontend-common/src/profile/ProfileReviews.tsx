import { Box, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { RatingSummary, StarRow } from './Stars';
import { sectionOrder, type ProfileTitleOrder, type Rating, type Review } from './types';

export interface ProfileReviewsProps {
  rating: Rating;
  /** The reviews fetched so far, newest first (the API's pages, one after the other). */
  reviews: Review[];
  /** Whether the API has older reviews (the last page's `next_cursor`). */
  hasMore: boolean;
  /** Fetches the next page; its reviews are added under the ones shown. */
  onMore: () => void;
  /** A page is being fetched: the list stays, the button says so. */
  busy?: boolean;
  /** The provider's first name, for "Reactie van …". */
  providerName: string;
  order: ProfileTitleOrder;
}

/**
 * "Beoordelingen": the rating and the reviews, with the provider's reply under a review, and a
 * button for older ones that adds them under the list. The first added review takes the focus,
 * so keyboard and screen-reader users read on from there. The page around it fetches.
 */
export function ProfileReviews(props: ProfileReviewsProps) {
  const { rating, reviews, hasMore, onMore, busy = false, providerName, order } = props;
  const { t } = useTranslation();
  // Mantine types a Stack's ref as a div's, whatever element it renders (here a list).
  const list = useRef<HTMLDivElement>(null);
  // How many reviews were shown when more were asked for: the first new one takes the focus.
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || reviews.length <= from) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[from]?.focus();
  }, [reviews.length]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-reviews-title">
      <Title order={sectionOrder(order)} size="h3" id="profile-reviews-title">
        {t('profile.reviews.title')}
      </Title>
      <RatingSummary rating={rating} size="md" />
      {reviews.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="profile-reviews-title"
          aria-busy={busy}
          data-testid="reviews"
          ref={list}
        >
          {reviews.map((review) => (
            <li key={review.id} tabIndex={-1}>
              <ReviewItem review={review} providerName={providerName} />
            </li>
          ))}
        </Stack>
      ) : null}
      {hasMore ? (
        <Group>
          {/* Not disabled while busy: a disabled button would drop the focus. */}
          <Button
            variant="light"
            aria-disabled={busy}
            onClick={() => {
              if (busy) return;
              focusFrom.current = reviews.length;
              onMore();
            }}
          >
            {busy ? t('profile.reviews.loading') : t('profile.reviews.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function ReviewItem({ review, providerName }: { review: Review; providerName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="article" aria-label={review.author_name}>
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap" align="center">
          <StarRow filled={review.stars} />
          <VisuallyHidden>{t('profile.rating.stars', { count: review.stars })}</VisuallyHidden>
          <Text fw={700}>{review.author_name}</Text>
          <Text size="sm" c="dark.5">
            {format.date(review.created_at)}
          </Text>
        </Group>
        {review.text ? (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{review.text}</Text>
        ) : null}
        {review.reply ? (
          <Box
            pl="md"
            py={4}
            ml="xs"
            style={{ borderLeft: '3px solid var(--mantine-color-kringTeal-3)' }}
            data-testid="review-reply"
          >
            <Text size="sm" fw={700}>
              {t('profile.reviews.reply', { name: providerName })}
              {review.replied_at ? (
                <Text component="span" inherit fw={400} c="dark.5">
                  {' · '}
                  {format.date(review.replied_at)}
                </Text>
              ) : null}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {review.reply}
            </Text>
          </Box>
        ) : null}
      </Stack>
    </Card>
  );
}
