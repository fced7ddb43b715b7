import { EmptyState, ErrorState, LoadingState, PageHeader, useDocumentTitle } from '@kring/common';
import { Button, Card, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { PRO_PATHS } from '../paths';
import { THREAD_VIEWS, useThreads, type ThreadView } from './api';
import { AskQuestionButton } from './AskQuestionButton';
import { ThreadList } from './ThreadList';

/** "Mijn correspondentie": my open threads by default, all of them next to it. */
export default function CorrespondencePage() {
  return (
    <RequireMember>
      <Correspondence />
    </RequireMember>
  );
}

function Correspondence() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const [params, setParams] = useSearchParams();
  const view: ThreadView = THREAD_VIEWS.find((value) => value === params.get('view')) ?? 'open';
  const threads = useThreads(organisationId, view);
  const items = threads.data?.pages.flatMap((page) => page.items) ?? [];
  const hintId = useId();
  useDocumentTitle(t('correspondence.page.title'));

  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('correspondence.page.title')}
        lead={t('correspondence.page.lead')}
        crumbs={[{ label: t('correspondence.page.home'), to: PRO_PATHS.home }]}
        actions={<AskQuestionButton organisationId={organisationId} />}
      />
      <Stack gap={6}>
        <SegmentedControl
          value={view}
          onChange={(value) => setParams(value === 'all' ? { view: 'all' } : {}, { replace: true })}
          aria-label={t('correspondence.page.view')}
          aria-describedby={hintId}
          style={{ alignSelf: 'flex-start' }}
          data={THREAD_VIEWS.map((value) => ({
            value,
            label: t(`correspondence.page.views.${value}`),
          }))}
        />
        <Text size="sm" c="dark.6" id={hintId}>
          {t(`correspondence.page.hints.${view}`)}
        </Text>
      </Stack>
      <Card withBorder padding="lg">
        {threads.isPending ? (
          <LoadingState />
        ) : threads.isError ? (
          <ErrorState error={threads.error} onRetry={() => void threads.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            title={t('correspondence.page.emptyTitle')}
            description={
              view === 'open'
                ? t('correspondence.page.emptyOpen')
                : t('correspondence.page.emptyAll')
            }
          />
        ) : (
          <Stack gap="md">
            <ThreadList threads={items} label={t('correspondence.page.listLabel')} />
            {threads.hasNextPage ? (
              <Button
                variant="default"
                style={{ alignSelf: 'flex-start' }}
                loading={threads.isFetchingNextPage}
                onClick={() => void threads.fetchNextPage()}
              >
                {t('correspondence.page.more')}
              </Button>
            ) : null}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
