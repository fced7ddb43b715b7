import {
  ErrorState,
  FormErrors,
  LoadingState,
  RequireLogin,
  useDocumentTitle,
  useFormat,
} from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePost, useReply, useSolve, useWithdraw, type PostRead } from '../api/posts';
import { WriteToAuthor } from '../mybuurt/NeighbourhoodLinks';
import { feedPath } from '../paths';
import { KindBadge, PlainText, useWhen } from '../posts/PostParts';
import { PhotoControls, PostPhoto } from '../posts/PostPhoto';
import { ReferPost } from '../posts/ReferPost';

/** A post with its replies (oldest first), a reply box, and the author's solve and withdraw. */
export default function NeighbourhoodPostPage() {
  return (
    <RequireLogin>
      <PostPage />
    </RequireLogin>
  );
}

function PostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const post = usePost(id);
  useDocumentTitle(post.data?.title ?? t('posts.post.documentTitle'), t('app.name'));
  if (post.isPending) return <LoadingState />;
  if (post.isError) return <ErrorState error={post.error} onRetry={() => void post.refetch()} />;
  return <Post post={post.data} />;
}

function Post({ post }: { post: PostRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = useWhen()(post);
  return (
    <Stack maw={760} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={feedPath(post.neighbourhood_id)} size="sm">
        {t('posts.post.back')}
      </Anchor>
      <Card withBorder padding="lg" component="article" aria-labelledby="post-title">
        <Stack gap="sm">
          <KindBadge post={post} />
          <Title id="post-title" order={1} fz={{ base: 24, sm: 30 }} lh={1.2}>
            {post.title}
          </Title>
          <Text size="sm" c="dark.5">
            {t('posts.post.meta', {
              author: post.author.label,
              date: format.date(post.created_at),
            })}
          </Text>
          {when ? (
            <Text fw={600} c="kringTeal.8">
              {when}
            </Text>
          ) : null}
          {post.hidden ? <Alert color="gray">{t('posts.post.hiddenNote')}</Alert> : null}
          <PostPhoto post={post} />
          <PlainText>{post.body}</PlainText>
          <PhotoControls post={post} />
          {post.referral ? (
            <Alert color="kringTeal" title={t('posts.post.referredTitle')}>
              <Text>{post.referral.organisation_name}</Text>
              {[post.referral.phone, post.referral.email, post.referral.website]
                .filter((value): value is string => Boolean(value))
                .map((value) => (
                  <Text key={value} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {value}
                  </Text>
                ))}
            </Alert>
          ) : null}
          {post.can_refer ? (
            <ReferPost postId={post.id} neighbourhoodId={post.neighbourhood_id} />
          ) : null}
          {post.is_mine && post.status === 'open' ? <AuthorActions post={post} /> : null}
          {!post.is_mine && !post.hidden ? (
            <WriteToAuthor postId={post.id} author={post.author.label} />
          ) : null}
        </Stack>
      </Card>
      <Stack gap="sm">
        <Title order={2} fz={20}>
          {t('posts.post.replies', { count: post.reply_count })}
        </Title>
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {post.replies.map((reply) => (
            <Card key={reply.id} withBorder padding="md" component="li">
              <Text size="sm" fw={700}>
                {reply.author.label}{' '}
                <Text span size="sm" fw={400} c="dark.5">
                  {format.dateTime(reply.created_at)}
                </Text>
              </Text>
              <PlainText>{reply.body}</PlainText>
            </Card>
          ))}
        </Stack>
        {post.status === 'withdrawn' ? (
          <Text c="dark.5">{t('posts.post.withdrawnNote')}</Text>
        ) : (
          <ReplyBox postId={post.id} />
        )}
      </Stack>
    </Stack>
  );
}

function ReplyBox({ postId }: { postId: string }) {
  const { t } = useTranslation();
  const reply = useReply(postId);
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <Card withBorder padding="md" component="form" onSubmit={onSubmit}>
      <Stack gap="sm">
        <FormErrors messages={reply.error ? [reply.error.message] : []} />
        <Textarea
          id="reply-body"
          label={t('posts.post.replyLabel')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={2000}
          minRows={3}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={reply.isPending}>
            {t('posts.post.replySubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The author's: solved (by one of the neighbours who replied, or otherwise) or withdrawn. */
function AuthorActions({ post }: { post: PostRead }) {
  const { t } = useTranslation();
  const solve = useSolve(post.id);
  const withdraw = useWithdraw(post.id);
  const repliers = new Map<string, string>();
  for (const reply of post.replies) {
    if (!reply.is_mine && reply.author.user_id)
      repliers.set(reply.author.user_id, reply.author.label);
  }
  const [solvedBy, setSolvedBy] = useState('');
  const error = solve.error ?? withdraw.error;
  return (
    <Stack gap="sm">
      <FormErrors messages={error ? [error.message] : []} />
      {post.kind === 'help_request' ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            id="solved-by"
            label={t('posts.post.solvedBy')}
            value={solvedBy}
            onChange={(event) => setSolvedBy(event.currentTarget.value)}
            data={[
              { value: '', label: t('posts.post.solvedOtherwise') },
              ...[...repliers].map(([value, label]) => ({ value, label })),
            ]}
          />
          <Button
            color="kringTeal.7"
            loading={solve.isPending}
            onClick={() => solve.mutate(solvedBy || null)}
          >
            {t('posts.post.solve')}
          </Button>
        </Group>
      ) : null}
      <Group>
        <Button variant="default" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('posts.post.withdraw')}
        </Button>
      </Group>
    </Stack>
  );
}
