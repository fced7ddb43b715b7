import { ErrorState, LoadingState, RequireLogin, useDocumentTitle } from '@kring/common';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useUnanswered } from '../api/posts';
import { askPath } from '../paths';
import { PostRow } from '../posts/PostParts';
import { ReferPost } from '../posts/ReferPost';

/** "Onbeantwoord": the worker's open help requests nobody replied to, oldest first. */
export default function UnansweredPage() {
  return (
    <RequireLogin>
      <Unanswered />
    </RequireLogin>
  );
}

function Unanswered() {
  const { t } = useTranslation();
  useDocumentTitle(t('posts.unanswered.title'), t('app.name'));
  const { neighbourhoodId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cursor = params.get('after');
  const list = useUnanswered(neighbourhoodId, cursor);
  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('posts.unanswered.title')}
        </Title>
        <Text c="dark.5">{t('posts.unanswered.lead')}</Text>
      </Stack>
      <Group>
        <Button component={Link} to={`${askPath(neighbourhoodId)}?namens=1`} color="kringClay.7">
          {t('posts.unanswered.onBehalf')}
        </Button>
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('posts.unanswered.empty')}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((post) => (
              <PostRow
                key={post.id}
                post={post}
                extra={t('posts.unanswered.waiting', { count: post.waiting_hours })}
              >
                <ReferPost postId={post.id} neighbourhoodId={neighbourhoodId} />
              </PostRow>
            ))}
          </Stack>
          {list.data.next_cursor ? (
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => setParams({ after: list.data.next_cursor ?? '' })}
              >
                {t('posts.nextPage')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}
