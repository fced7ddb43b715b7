import { Box, Card, Group, Pagination, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { RatingSummary, StarRow } from './Stars';
import {
  sectionOrder,
  type ProfileTitleOrder,
  type Rating,
  type Review,
  type ReviewPage,
} from './types';

export interface ProfileReviewsProps {
  rating: Rating;
  /** The page of reviews shown, newest first (the API's `ReviewPage`). */
  reviews: ReviewPage;
  /** The page asked for: the pagination shows it while its reviews load (`busy`). */
  page: number;
  onPageChange: (page: number) => void;
  busy?: boolean;
  /** The provider's first name, for "Reactie van …". */
  providerName: string;
  order: ProfileTitleOrder;
}

/**
 * "Beoordelingen": the rating and the reviews, with the provider's reply under a review, and the
 * pages. Paging moves the focus to the section's title, so keyboard and screen-reader users start
 * reading the new page. The page around it fetches the pages.
 */
export function ProfileReviews(props: ProfileReviewsProps) {
  const { rating, reviews, page, onPageChange, busy = false, providerName, order } = props;
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const pages = Math.max(1, Math.ceil(reviews.total / reviews.page_size));
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-reviews-title">
      <Title
        order={sectionOrder(order)}
        size="h3"
        id="profile-reviews-title"
        ref={heading}
        tabIndex={-1}
        style={{ scrollMarginTop: 88 }}
      >
        {t('profile.reviews.title')}
      </Title>
      <RatingSummary rating={rating} size="md" />
      {reviews.reviews.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="profile-reviews-title"
          aria-busy={busy}
          data-testid="reviews"
        >
          {reviews.reviews.map((review) => (
            <li key={review.id}>
              <ReviewItem review={review} providerName={providerName} />
            </li>
          ))}
        </Stack>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t('profile.reviews.pages')}>
          <Pagination
            total={pages}
            value={page}
            onChange={(next) => {
              onPageChange(next);
              heading.current?.focus();
              heading.current?.scrollIntoView({ block: 'start' });
            }}
            withEdges={false}
            getItemProps={(item) => ({
              'aria-label': t('profile.reviews.page', { page: item }),
              ...(item === page ? { 'aria-current': 'page' as const } : {}),
            })}
            getControlProps={(control) => ({ 'aria-label': t(`profile.reviews.${control}`) })}
          />
        </nav>
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
