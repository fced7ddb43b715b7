import { useFormat } from '@kring/common';
import { Anchor, Badge, Card, Group, Image, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpFigures, PostSummary } from '../api/posts';
import { postPath } from '../paths';

/** What people typed, as text: line breaks kept, links shown but never made live or HTML. */
export function PlainText({ children }: { children: string }) {
  return <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Text>;
}

export function KindBadge({ post }: { post: Pick<PostSummary, 'kind' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light" color="kringTeal">
        {t(`posts.kind.${post.kind}`)}
      </Badge>
      {post.status === 'open' ? null : (
        <Badge variant="outline" color={post.status === 'solved' ? 'kringTeal.8' : 'gray.8'}>
          {t(`posts.status.${post.status}`)}
        </Badge>
      )}
    </Group>
  );
}

/** "When" of a help request, in the reader's language: the day, and the part of it if given. */
export function useWhen() {
  const { t } = useTranslation();
  const format = useFormat();
  return (post: Pick<PostSummary, 'wanted_on' | 'day_part'>): string | null => {
    if (!post.wanted_on) return null;
    const date = format.day(post.wanted_on);
    return post.day_part
      ? t('posts.when.dayPart', { date, part: t(`posts.dayPart.${post.day_part}`) })
      : t('posts.when.day', { date });
  };
}

/** One post in a list: its title (to its page), kind, who and when, replies, its thumbnail. */
export function PostRow({
  post,
  extra,
  children,
}: {
  post: PostSummary;
  extra?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = useWhen()(post);
  return (
    <Card withBorder padding="md" component="li">
      <Group align="flex-start" gap="md" wrap="nowrap">
        {post.photo_thumbnail_url ? (
          // The title next to it says what it is: the thumbnail is decoration for the list.
          <Image
            src={post.photo_thumbnail_url}
            alt=""
            w={{ base: 72, sm: 112 }}
            h={{ base: 72, sm: 84 }}
            radius="sm"
            fit="cover"
            style={{ flexShrink: 0 }}
            data-testid="post-thumbnail"
          />
        ) : null}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={postPath(post.id)}
              fw={700}
              size="lg"
              style={{ overflowWrap: 'anywhere' }}
            >
              {post.title}
            </Anchor>
            <KindBadge post={post} />
          </Group>
          <Text size="sm" c="dark.5">
            {t('posts.rowMeta', {
              author: post.author.label,
              date: format.date(post.created_at),
              count: post.reply_count,
            })}
            {post.hidden ? ` · ${t('posts.hidden')}` : ''}
            {extra ? ` · ${extra}` : ''}
          </Text>
          {when ? (
            <Text size="sm" fw={600} c="kringTeal.8">
              {when}
            </Text>
          ) : null}
          {children}
        </Stack>
      </Group>
    </Card>
  );
}

/** The share of help requests solved by a neighbour over the past 12 months, as a figure. */
export function SolvedShare({ figures }: { figures: HelpFigures }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" aria-labelledby="solved-share-title">
      <Stack gap={2}>
        <Text id="solved-share-title" size="sm" c="dark.5">
          {t('posts.figures.title')}
        </Text>
        <Text fz={32} fw={700} lh={1.1} data-testid="solved-share">
          {figures.solved_share === null ? '–' : `${figures.solved_share}%`}
        </Text>
        <Text size="sm">
          {t('posts.figures.detail', {
            solved: figures.solved_by_neighbour,
            posted: figures.posted,
            open: figures.open,
          })}
        </Text>
      </Stack>
    </Card>
  );
}
