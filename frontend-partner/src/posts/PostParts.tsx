import { useFormat } from '@kring/common';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
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

/** One post in a list: its title (to its page), kind, who and when, replies. */
export function PostRow({ post, extra }: { post: PostSummary; extra?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap={4}>
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
      </Stack>
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
