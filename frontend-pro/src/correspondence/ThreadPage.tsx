import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorState,
  ErrorSummary,
  LoadingState,
  PageHeader,
  summaryFieldErrors,
  useDocumentTitle,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { isApiProblem } from '@kring/client';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { z } from 'zod';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import NotFoundPage from '../pages/NotFoundPage';
import { PRO_PATHS } from '../paths';
import { MESSAGE_MAX, useCloseThread, useReply, useThread, type Message, type Thread } from './api';

/** One of my threads: the messages as a conversation, a reply box and "Sluiten". */
export default function ThreadPage() {
  return (
    <RequireMember>
      <ThreadView />
    </RequireMember>
  );
}

function ThreadView() {
  const { threadId = '' } = useParams();
  const { organisationId } = useActiveMember();
  const thread = useThread(organisationId, threadId);
  if (thread.isPending) return <LoadingState />;
  if (thread.isError) {
    if (isApiProblem(thread.error) && thread.error.status === 404) return <NotFoundPage />;
    return <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />;
  }
  return <Conversation thread={thread.data} organisationId={organisationId} />;
}

function Conversation({ thread, organisationId }: { thread: Thread; organisationId: string }) {
  const { t } = useTranslation();
  const close = useCloseThread(organisationId, thread.id);
  useDocumentTitle(thread.subject);
  const open = thread.status === 'open';
  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={thread.subject}
        lead={thread.project_name ?? t('correspondence.list.general')}
        crumbs={[
          { label: t('correspondence.page.home'), to: PRO_PATHS.home },
          { label: t('correspondence.page.title'), to: PRO_PATHS.correspondence },
        ]}
        actions={
          open ? (
            <Button variant="default" loading={close.isPending} onClick={() => close.mutate()}>
              {t('correspondence.thread.close')}
            </Button>
          ) : (
            <Badge color="gray" variant="light" size="lg">
              {t('correspondence.status.closed')}
            </Badge>
          )
        }
      />
      {close.isError ? <ErrorState error={close.error} /> : null}
      <Stack
        component="ol"
        gap="md"
        p={0}
        m={0}
        aria-label={t('correspondence.thread.messages')}
        style={{ listStyle: 'none' }}
      >
        {thread.messages.map((message) => (
          <MessageItem key={message.id} message={message} />
        ))}
      </Stack>
      {open ? (
        <>
          {thread.waiting_for_answer ? (
            <Text size="sm" c="dark.6" data-testid="waiting">
              {thread.project_id
                ? t('correspondence.thread.waitingProject')
                : t('correspondence.thread.waitingBranch')}
            </Text>
          ) : null}
          <ReplyForm thread={thread} organisationId={organisationId} />
        </>
      ) : (
        <Alert color="gray" title={t('correspondence.thread.closedTitle')}>
          {t('correspondence.thread.closedBody')}
        </Alert>
      )}
    </Stack>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation();
  const format = useFormat();
  const supplier = message.from_supplier;
  return (
    <li style={{ display: 'flex', justifyContent: supplier ? 'flex-start' : 'flex-end' }}>
      <Paper
        withBorder
        radius="md"
        p="md"
        maw="min(100%, 640px)"
        bg={supplier ? 'kringTeal.0' : 'white'}
        data-testid="message"
        data-from={supplier ? 'supplier' : 'me'}
      >
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {supplier
              ? t('correspondence.thread.fromSupplier', { name: message.author_name })
              : t('correspondence.thread.fromMe')}
          </Text>
          <Text size="xs" c="dark.5">
            {format.moment(message.created_at)}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
        </Stack>
      </Paper>
    </li>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function replySchema(t: T) {
  return z.object({
    body: z
      .string()
      .trim()
      .min(1, t('correspondence.thread.errors.empty'))
      .max(MESSAGE_MAX, t('correspondence.errors.tooLong', { max: MESSAGE_MAX })),
  });
}

const FIELDS = ['body'] as const;

function ReplyForm({ thread, organisationId }: { thread: Thread; organisationId: string }) {
  const { t } = useTranslation();
  const reply = useReply(organisationId, thread.id);
  const schema = useMemo(() => replySchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { body: '' },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const body = useWatch({ control: form.control, name: 'body' });
  const fieldId = `reply-${thread.id}`;
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(form, FIELDS, async (values) => {
    await reply.mutateAsync(values.body);
    form.reset({ body: '' });
  });
  const errors = form.formState.errors;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${fieldId}-title`}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={`${fieldId}-title`}>
            {t('correspondence.thread.replyTitle')}
          </Title>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, [
              { name: 'body', id: fieldId, label: t('correspondence.thread.reply') },
            ])}
            attempt={attempt}
          />
          {saved ? (
            <Text size="sm" c="kringTeal.9" role="status">
              {t('correspondence.thread.sent')}
            </Text>
          ) : null}
          <Textarea
            id={fieldId}
            label={t('correspondence.thread.reply')}
            inputWrapperOrder={COUNTER_BELOW}
            description={<CharacterCount value={body} max={MESSAGE_MAX} />}
            rows={4}
            {...form.register('body')}
            error={errors.body?.message}
          />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('correspondence.thread.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
