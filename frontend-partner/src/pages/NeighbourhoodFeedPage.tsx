import { ErrorState, LoadingState, RequireLogin, useDocumentTitle } from '@kring/common';
import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isKind, KINDS, useFeed, useHelpFigures, useNeighbourhood } from '../api/posts';
import { NeighbourhoodLinks } from '../mybuurt/NeighbourhoodLinks';
import { CalloutCards } from '../callouts/CalloutCards';
import { askPath } from '../paths';
import { PostRow, SolvedShare } from '../posts/PostParts';

/** "Mijn buurt": the neighbourhood's feed, newest first, filtered by kind, with the solved share. */
export default function NeighbourhoodFeedPage() {
  return (
    <RequireLogin>
      <Feed />
    </RequireLogin>
  );
}

function Feed() {
  const { t } = useTranslation();
  const { neighbourhoodId = '' } = useParams();
  // The heading names the neighbourhood once it is known ("Buurt Wittevrouwen").
  const neighbourhood = useNeighbourhood(neighbourhoodId);
  const heading = neighbourhood.data
    ? t('posts.feed.titleNamed', { name: neighbourhood.data.name })
    : t('posts.feed.title');
  useDocumentTitle(heading, t('app.name'));
  const [params, setParams] = useSearchParams();
  const rawKind = params.get('kind');
  const kind = isKind(rawKind) ? rawKind : null;
  const cursor = params.get('after');
  const feed = useFeed(neighbourhoodId, kind, cursor);
  const figures = useHelpFigures(neighbourhoodId);

  const go = (next: { kind?: string | null; after?: string | null }) => {
    const merged = { kind, after: null as string | null, ...next };
    const search = new URLSearchParams();
    if (merged.kind) search.set('kind', merged.kind);
    if (merged.after) search.set('after', merged.after);
    setParams(search);
  };

  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
            {heading}
          </Title>
          <Text c="dark.5">{t('posts.feed.lead')}</Text>
          <NeighbourhoodLinks neighbourhoodId={neighbourhoodId} />
        </Stack>
        <Button component={Link} to={askPath(neighbourhoodId)} color="kringClay.7">
          {t('posts.ask.button')}
        </Button>
      </Group>
      <CalloutCards neighbourhoodId={neighbourhoodId} />
      {figures.data ? <SolvedShare figures={figures.data} /> : null}
      <NativeSelect
        id="posts-kind"
        label={t('posts.feed.kind')}
        value={kind ?? ''}
        onChange={(event) => go({ kind: event.currentTarget.value || null })}
        data={[
          { value: '', label: t('posts.feed.allKinds') },
          ...KINDS.map((value) => ({ value, label: t(`posts.kind.${value}`) })),
        ]}
        maw={320}
      />
      {feed.isPending ? (
        <LoadingState />
      ) : feed.isError ? (
        <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
      ) : feed.data.items.length === 0 ? (
        <Text>{t('posts.feed.empty')}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {feed.data.items.map((post) => (
              <PostRow key={post.id} post={post} />
            ))}
          </Stack>
          <Group justify="space-between">
            {cursor ? (
              <Button variant="default" onClick={() => go({ after: null })}>
                {t('posts.firstPage')}
              </Button>
            ) : (
              <span />
            )}
            {feed.data.next_cursor ? (
              <Button variant="default" onClick={() => go({ after: feed.data.next_cursor })}>
                {t('posts.nextPage')}
              </Button>
            ) : null}
          </Group>
        </>
      )}
    </Stack>
  );
}
