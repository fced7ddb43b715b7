import { useFormat } from '@kring/common';
import { Box, Card, Group, Pagination, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProviderReviews, type PublicProfile, type Review } from '../api/providers';
import { RatingSummary, StarRow } from '../providers/Stars';

/**
 * The rating and the reviews, newest first, with the provider's reply under a review. The first
 * page comes with the profile; the next ones are fetched as the visitor pages.
 */
export function Reviews({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = profile.reviews;
  const later = useProviderReviews(profile.id, page, first.page_size, page > 1);
  const shown = page === 1 ? first : (later.data ?? first);
  const pages = Math.max(1, Math.ceil(first.total / first.page_size));
  return (
    <Stack gap="sm" component="section" aria-labelledby="profile-reviews-title">
      <Title
        order={2}
        size="h3"
        id="profile-reviews-title"
        ref={heading}
        tabIndex={-1}
        style={{ scrollMarginTop: 88 }}
      >
        {t('profile.reviews.title')}
      </Title>
      <RatingSummary rating={profile.rating} size="md" />
      {shown.reviews.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-labelledby="profile-reviews-title"
          aria-busy={later.isFetching}
          data-testid="reviews"
        >
          {shown.reviews.map((review) => (
            <li key={review.id}>
              <ReviewItem review={review} providerName={profile.first_name} />
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
              setPage(next);
              heading.current?.focus();
              heading.current?.scrollIntoView({ block: 'start' });
            }}
            withEdges={false}
            getItemProps={(item) => ({
              'aria-label': t('search.pages.page', { page: item }),
              ...(item === page ? { 'aria-current': 'page' as const } : {}),
            })}
            getControlProps={(control) => ({ 'aria-label': t(`search.pages.${control}`) })}
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
          <VisuallyHidden>{t('rating.stars', { count: review.stars })}</VisuallyHidden>
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
