import {
  EmptyState,
  ErrorState,
  LoadingState,
  RequireLogin,
  useDocumentTitle,
  useFormat,
} from '@kring/common';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConversations, type ConversationSummary } from '../api/messages';
import { conversationPath } from '../paths';

/** "Berichten": my conversations with neighbours, the last message first, unread ones marked. */
export default function ConversationsPage() {
  return (
    <RequireLogin>
      <Conversations />
    </RequireLogin>
  );
}

function Conversations() {
  const { t } = useTranslation();
  useDocumentTitle(t('neighbourMessages.list.documentTitle'), t('app.name'));
  const [params, setParams] = useSearchParams();
  const cursor = params.get('after');
  const conversations = useConversations(cursor);

  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('neighbourMessages.list.title')}
        </Title>
        <Text c="dark.5">{t('neighbourMessages.list.lead')}</Text>
      </Stack>
      {conversations.isPending ? (
        <LoadingState />
      ) : conversations.isError ? (
        <ErrorState error={conversations.error} onRetry={() => void conversations.refetch()} />
      ) : conversations.data.items.length === 0 ? (
        <EmptyState title={t('neighbourMessages.list.none')} />
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {conversations.data.items.map((conversation) => (
              <ConversationRow key={conversation.id} conversation={conversation} />
            ))}
          </Stack>
          <Group justify="space-between">
            {cursor ? (
              <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
                {t('neighbourMessages.list.firstPage')}
              </Button>
            ) : (
              <span />
            )}
            {conversations.data.next_cursor ? (
              <Button
                variant="default"
                onClick={() =>
                  setParams(new URLSearchParams({ after: conversations.data.next_cursor ?? '' }))
                }
              >
                {t('neighbourMessages.list.nextPage')}
              </Button>
            ) : null}
          </Group>
        </>
      )}
    </Stack>
  );
}

function ConversationRow({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const excerpt = conversation.last_message_excerpt ?? '';
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={conversationPath(conversation.id)}
            fw={conversation.unread_count > 0 ? 700 : 500}
          >
            {conversation.other_name}
          </Anchor>
          {conversation.post_title ? (
            <Text size="sm" c="dark.5">
              {t('neighbourMessages.list.about', { title: conversation.post_title })}
            </Text>
          ) : null}
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {conversation.last_message_mine
              ? t('neighbourMessages.list.you', { text: excerpt })
              : excerpt}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          {conversation.last_message_at ? (
            <Text size="xs" c="dark.5">
              {format.moment(conversation.last_message_at)}
            </Text>
          ) : null}
          {conversation.unread_count > 0 ? (
            <Badge color="kringClay.7">
              {t('neighbourMessages.list.unread', { count: conversation.unread_count })}
            </Badge>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}
