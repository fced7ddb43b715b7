import { StarRow, useFormat } from '@kring/common';
import { Alert, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderReview } from '../api/reviews';
import { ReplyForm } from './ReplyForm';

/**
 * One review: the stars, the text, who wrote it and when; marked when Kring has hidden it (with
 * the reason); my reply under it, or the form to reply once.
 */
export function ReviewCard({ review }: { review: ProviderReview }) {
  const { t } = useTranslation();
  const format = useFormat();
  // What just happened to my reply, said once.
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const titleId = `review-${review.id}-title`;
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid="review"
      bg={review.hidden ? 'gray.0' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4}>
            <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {review.author_name}
            </Title>
            <Group gap="sm" align="center">
              <StarRow filled={review.stars} />
              <Text size="sm" fw={600}>
                {t('reviews.stars', { stars: review.stars })}
              </Text>
              <Text size="sm" c="dark.5">
                {format.date(review.created_at)}
              </Text>
            </Group>
          </Stack>
          {review.hidden ? (
            <Badge variant="filled" color="dark.6" tt="none" size="lg">
              {t('reviews.hidden.badge')}
            </Badge>
          ) : null}
        </Group>
        {review.hidden ? (
          <Alert color="gray" variant="light" p="sm" data-testid="review-hidden">
            <Text size="sm">
              {t('reviews.hidden.reason', {
                reason: review.hidden_reason ?? t('reviews.hidden.noReason'),
              })}
            </Text>
            <Text size="sm">{t('reviews.hidden.body')}</Text>
          </Alert>
        ) : null}
        {review.text ? (
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{review.text}</Text>
        ) : null}
        {review.reply ? (
          <Box
            pl="md"
            py={4}
            style={{ borderLeft: '3px solid var(--mantine-color-kringTeal-3)' }}
            data-testid="review-reply"
          >
            <Text size="sm" fw={700}>
              {t('reviews.reply.yours')}
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
        ) : (
          <ReplyForm
            review={review}
            onReplied={() => setNotice('saved')}
            onConflict={() => setNotice('conflict')}
          />
        )}
        <div role="status">
          {notice === 'saved' && review.reply ? (
            <Text size="sm" fw={600} c="kringTeal.9" data-testid="reply-notice">
              {t('reviews.reply.saved')}
            </Text>
          ) : null}
        </div>
        {notice === 'conflict' ? (
          <Text size="sm" fw={600} c="red.9" role="alert" data-testid="reply-conflict">
            {t('reviews.reply.conflict')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
