import { isApiProblem } from '@kring/client';
import { ErrorState, LoadingState, RequireLogin, useDocumentTitle, useFormat } from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  useBlock,
  useConversation,
  useMarkRead,
  useReport,
  useSendMessage,
  useUnblock,
  type ConversationRead,
} from '../api/messages';
import { MESSAGE_PATHS } from '../paths';

const MAX_LENGTH = 2000;

/** One conversation: its messages (the newest at the bottom), a send box, block and report. */
export default function ConversationPage() {
  return (
    <RequireLogin>
      <Conversation />
    </RequireLogin>
  );
}

function Conversation() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const cursor = params.get('before');
  const conversation = useConversation(id, cursor);
  const markRead = useMarkRead(id);
  const unread = conversation.data?.unread_count ?? 0;
  const { mutate: mark } = markRead;
  useEffect(() => {
    if (unread > 0) mark();
  }, [unread, mark]);
  useDocumentTitle(
    t('neighbourMessages.conversation.documentTitle', {
      name: conversation.data?.other_name ?? '',
    }),
    t('app.name'),
  );

  if (conversation.isPending) return <LoadingState />;
  if (conversation.isError)
    return <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const data = conversation.data;
  return (
    <Stack maw={760} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={MESSAGE_PATHS.list}>
        {t('neighbourMessages.conversation.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.2}>
          {data.other_name}
        </Title>
        {data.post_title ? (
          <Text c="dark.5">{t('neighbourMessages.list.about', { title: data.post_title })}</Text>
        ) : null}
      </Stack>
      <Group justify="space-between">
        {data.next_cursor ? (
          <Button
            variant="default"
            onClick={() => setParams(new URLSearchParams({ before: data.next_cursor ?? '' }))}
          >
            {t('neighbourMessages.conversation.older')}
          </Button>
        ) : (
          <span />
        )}
        {cursor ? (
          <Button variant="default" onClick={() => setParams(new URLSearchParams())}>
            {t('neighbourMessages.conversation.newest')}
          </Button>
        ) : null}
      </Group>
      <Messages conversation={data} />
      {data.blocked_by_me ? null : <SendBox id={id} />}
      <Safety conversation={data} />
    </Stack>
  );
}

function Messages({ conversation }: { conversation: ConversationRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The API pages the newest first; a conversation reads with the newest at the bottom.
  const oldestFirst = [...conversation.messages].reverse();
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {oldestFirst.map((message) => (
        <Paper
          key={message.id}
          component="li"
          withBorder
          p="sm"
          ml={message.mine ? 'xl' : 0}
          mr={message.mine ? 0 : 'xl'}
          bg={message.mine ? 'kringTeal.0' : undefined}
        >
          <Text size="xs" c="dark.5">
            {message.mine ? t('neighbourMessages.conversation.you') : conversation.other_name}
            {' · '}
            {format.moment(message.created_at)}
          </Text>
          {/* Plain text: React escapes it, and links stay text. */}
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

function SendBox({ id }: { id: string }) {
  const { t } = useTranslation();
  const send = useSendMessage(id);
  const [body, setBody] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '') return;
    send.mutate(body, { onSuccess: () => setBody('') });
  };
  const status = isApiProblem(send.error) ? send.error.status : null;
  return (
    <Card withBorder padding="md" component="form" onSubmit={onSubmit}>
      <Stack gap="sm">
        <Textarea
          id="message-body"
          label={t('neighbourMessages.conversation.label')}
          description={t('neighbourMessages.conversation.hint')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          maxLength={MAX_LENGTH}
          rows={4}
          required
        />
        {status === 429 ? (
          <Alert color="red">{t('neighbourMessages.conversation.tooMany')}</Alert>
        ) : status === 403 ? (
          <Alert color="red">{t('neighbourMessages.conversation.refused')}</Alert>
        ) : send.isError ? (
          <ErrorState error={send.error} />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" color="kringClay.7" loading={send.isPending}>
            {t('neighbourMessages.conversation.send')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Safety({ conversation }: { conversation: ConversationRead }) {
  const { t } = useTranslation();
  const block = useBlock();
  const unblock = useUnblock();
  const report = useReport();
  const [confirming, setConfirming] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  const name = conversation.other_name;
  const fromThem = conversation.messages.find((message) => !message.mine);
  // The neighbourhood worker of an anonymous post has no id here: report their message.
  const subject = conversation.other_user_id
    ? { subject_type: 'person' as const, subject_id: conversation.other_user_id }
    : fromThem
      ? { subject_type: 'message' as const, subject_id: fromThem.id }
      : null;
  return (
    <Stack gap="sm">
      {conversation.blocked_by_me ? (
        <Alert color="gray" title={t('neighbourMessages.conversation.blocked', { name })}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('neighbourMessages.conversation.blockedLead')}</Text>
            <Button
              variant="default"
              loading={unblock.isPending}
              onClick={() => {
                block.reset();
                unblock.mutate(conversation.other_user_id ?? '');
              }}
            >
              {t('neighbourMessages.conversation.unblock')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {unblock.isSuccess && !conversation.blocked_by_me ? (
        <Alert color="teal">{t('neighbourMessages.conversation.unblocked', { name })}</Alert>
      ) : null}
      {report.isSuccess ? (
        <Alert color="teal">{t('neighbourMessages.conversation.reported')}</Alert>
      ) : null}
      <Group gap="sm">
        {conversation.other_user_id && !conversation.blocked_by_me && !block.isPending ? (
          <Button
            variant="default"
            onClick={() => {
              unblock.reset();
              setConfirming(true);
            }}
          >
            {t('neighbourMessages.conversation.block')}
          </Button>
        ) : null}
        {subject && !report.isSuccess ? (
          <Button variant="default" onClick={() => setReporting(true)}>
            {t('neighbourMessages.conversation.report')}
          </Button>
        ) : null}
      </Group>
      {confirming && conversation.other_user_id && !conversation.blocked_by_me ? (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Text>{t('neighbourMessages.conversation.blockConfirm', { name })}</Text>
            <Group gap="sm">
              <Button
                color="red"
                loading={block.isPending}
                onClick={() =>
                  block.mutate(conversation.other_user_id ?? '', {
                    onSuccess: () => setConfirming(false),
                  })
                }
              >
                {t('neighbourMessages.conversation.block')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('neighbourMessages.conversation.cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
      {reporting && subject && !report.isSuccess ? (
        <Card
          withBorder
          padding="md"
          component="form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (reason.trim() !== '') report.mutate({ ...subject, reason });
          }}
        >
          <Stack gap="sm">
            <Textarea
              id="report-reason"
              label={t('neighbourMessages.conversation.reportReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={1000}
              required
            />
            <Group gap="sm">
              <Button type="submit" color="red" loading={report.isPending}>
                {t('neighbourMessages.conversation.reportSend')}
              </Button>
              <Button variant="default" onClick={() => setReporting(false)}>
                {t('neighbourMessages.conversation.cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
