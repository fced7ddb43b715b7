import { useFormat } from '@kring/common';
import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { threadPath } from '../paths';
import type { ThreadSummary } from './api';

/**
 * Threads as a list of links: an unread answer in bold with a badge (and words for screen
 * readers), the project (or "general question"), the last activity and whether it waits.
 */
export function ThreadList({
  threads,
  label,
}: {
  threads: readonly ThreadSummary[];
  label: string;
}) {
  return (
    <Stack component="ul" gap={0} p={0} m={0} aria-label={label} style={{ listStyle: 'none' }}>
      {threads.map((thread) => (
        <ThreadRow key={thread.id} thread={thread} />
      ))}
    </Stack>
  );
}

function ThreadRow({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li
      data-testid="thread"
      data-unread={thread.unread || undefined}
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)', padding: '10px 0' }}
    >
      <Stack gap={2}>
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Anchor
            component={Link}
            to={threadPath(thread.id)}
            fw={thread.unread ? 800 : 500}
            c="dark.8"
            style={{ overflowWrap: 'anywhere' }}
          >
            {thread.unread ? (
              <>
                <VisuallyHidden>{t('correspondence.list.unreadSr')}</VisuallyHidden>{' '}
              </>
            ) : null}
            {thread.subject}
          </Anchor>
          <Group gap={4} wrap="nowrap">
            {thread.unread ? (
              <Badge
                color="kringClay"
                variant="filled"
                aria-hidden="true"
                style={{ flexShrink: 0 }}
              >
                {t('correspondence.list.unread')}
              </Badge>
            ) : null}
            {thread.status === 'closed' ? (
              <Badge color="gray" variant="light" style={{ flexShrink: 0 }}>
                {t('correspondence.status.closed')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="dark.5">
          {thread.project_name ?? t('correspondence.list.general')}
          {' · '}
          {t('correspondence.list.lastActivity', { moment: format.moment(thread.last_message_at) })}
          {thread.waiting_for_answer && thread.status === 'open'
            ? ` · ${t('correspondence.list.waiting')}`
            : ''}
        </Text>
      </Stack>
    </li>
  );
}
