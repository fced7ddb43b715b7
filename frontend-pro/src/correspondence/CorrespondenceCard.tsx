import { EmptyState, ErrorState, LoadingState } from '@kring/common';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRO_PATHS } from '../paths';
import { useThreads, useUnreadCount } from './api';
import { ThreadList } from './ThreadList';

/** On the home page the newest few open threads; the rest are on the correspondence page. */
const SHOWN = 5;

/** "Mijn correspondentie": my open threads, unread answers marked, and a way to all of them. */
export function CorrespondenceCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const threads = useThreads(organisationId, 'open', SHOWN);
  const unread = useUnreadCount(organisationId);
  const items = threads.data?.pages[0]?.items ?? [];
  const count = unread.data?.unread ?? 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-correspondence">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="center">
          <Title order={2} size="h3" id="home-correspondence">
            {t('correspondence.card.title')}
          </Title>
          {count > 0 ? (
            <Badge color="kringClay" variant="filled" data-testid="unread-count">
              {t('correspondence.card.unread', { count })}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dark.5">
          {t('correspondence.card.lead')}
        </Text>
        {threads.isPending ? (
          <LoadingState />
        ) : threads.isError ? (
          <ErrorState error={threads.error} onRetry={() => void threads.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            title={t('correspondence.card.emptyTitle')}
            description={t('correspondence.card.empty')}
          />
        ) : (
          <ThreadList threads={items} label={t('correspondence.card.listLabel')} />
        )}
        <Anchor component={Link} to={PRO_PATHS.correspondence} size="sm" fw={600}>
          {t('correspondence.card.all')}
        </Anchor>
      </Stack>
    </Card>
  );
}
