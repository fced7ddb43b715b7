import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorState,
  ErrorSummary,
  LoadingState,
  PageHeader,
  summaryFieldErrors,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { z } from 'zod';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, QUESTION_PATHS } from '../paths';
import {
  MESSAGE_MAX,
  useAnswerQuestion,
  useCloseQuestion,
  useQuestion,
  type StaffThread,
} from './api';

/** One question's thread: who asked (and about what), the conversation, the answer form. */
export default function QuestionPage() {
  return (
    <RequireStaff task="answer_questions">
      <QuestionView />
    </RequireStaff>
  );
}

function QuestionView() {
  const { threadId = '' } = useParams();
  const thread = useQuestion(threadId);
  if (thread.isPending) return <LoadingState />;
  if (thread.isError) {
    return <ErrorState error={thread.error} onRetry={() => void thread.refetch()} />;
  }
  return <Question thread={thread.data} />;
}

function Question({ thread }: { thread: StaffThread }) {
  const { t } = useTranslation();
  const format = useFormat();
  const close = useCloseQuestion(thread.id);
  const open = thread.status === 'open';
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={thread.subject}
        lead={`${thread.organisation_name} · ${thread.project_name ?? t('correspondence.queue.general')}`}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('correspondence.queue.title'), to: QUESTION_PATHS.list },
        ]}
        actions={
          open ? (
            <Button variant="default" loading={close.isPending} onClick={() => close.mutate()}>
              {t('correspondence.question.close')}
            </Button>
          ) : (
            <Badge color="gray" variant="light" size="lg">
              {t('correspondence.question.closedBadge')}
            </Badge>
          )
        }
      />
      {close.isError ? <ErrorState error={close.error} /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Stack
              component="ol"
              gap="md"
              p={0}
              m={0}
              aria-label={t('correspondence.question.messages')}
              style={{ listStyle: 'none' }}
            >
              {thread.messages.map((message) => (
                <li
                  key={message.id}
                  style={{
                    display: 'flex',
                    justifyContent: message.from_supplier ? 'flex-end' : 'flex-start',
                  }}
                >
                  <Paper
                    withBorder
                    radius="md"
                    p="md"
                    maw="min(100%, 640px)"
                    bg={message.from_supplier ? 'kringTeal.0' : 'white'}
                    data-testid="message"
                    data-from={message.from_supplier ? 'supplier' : 'asker'}
                  >
                    <Stack gap={4}>
                      <Text size="sm" fw={700}>
                        {message.from_supplier
                          ? t('correspondence.question.fromKring', { name: message.author_name })
                          : message.author_name}
                      </Text>
                      <Text size="xs" c="dark.5">
                        {format.moment(message.created_at)}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {message.body}
                      </Text>
                    </Stack>
                  </Paper>
                </li>
              ))}
            </Stack>
            {open ? (
              <AnswerForm thread={thread} />
            ) : (
              <Alert color="gray" title={t('correspondence.question.closedTitle')}>
                {t('correspondence.question.closedBody')}
              </Alert>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SectionCard id="question-about" title={t('correspondence.question.about')}>
            <Stack component="dl" gap="xs" m={0}>
              <DetailItem label={t('correspondence.question.asker')} labelWidth={110}>
                {thread.asker.name}
                <br />
                <Anchor href={`mailto:${thread.asker.email}`} size="sm">
                  {thread.asker.email}
                </Anchor>
              </DetailItem>
              <DetailItem label={t('correspondence.queue.columns.organisation')} labelWidth={110}>
                {thread.organisation_name}
              </DetailItem>
              <DetailItem label={t('correspondence.queue.columns.project')} labelWidth={110}>
                {thread.project_name ?? t('correspondence.queue.general')}
              </DetailItem>
              <DetailItem label={t('correspondence.question.asked')} labelWidth={110}>
                {format.dateTime(thread.created_at)}
              </DetailItem>
              <DetailItem label={t('correspondence.queue.columns.waiting')} labelWidth={110}>
                {thread.waiting_days === null
                  ? t('correspondence.question.notWaiting')
                  : thread.waiting_days === 0
                    ? t('correspondence.queue.age.today')
                    : t('correspondence.queue.age.days', { count: thread.waiting_days })}
              </DetailItem>
            </Stack>
          </SectionCard>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

export function answerSchema(t: T) {
  return z.object({
    body: z
      .string()
      .trim()
      .min(1, t('correspondence.question.errors.empty'))
      .max(MESSAGE_MAX, t('correspondence.question.errors.tooLong', { max: MESSAGE_MAX })),
  });
}

const FIELDS = ['body'] as const;

/** The answer: the asker gets an e-mail with a short excerpt and a link to the thread. */
function AnswerForm({ thread }: { thread: StaffThread }) {
  const { t } = useTranslation();
  const answer = useAnswerQuestion(thread.id);
  const schema = useMemo(() => answerSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { body: '' },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const body = useWatch({ control: form.control, name: 'body' });
  const fieldId = `answer-${thread.id}`;
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(form, FIELDS, async (values) => {
    await answer.mutateAsync(values.body);
    form.reset({ body: '' });
  });
  const errors = form.formState.errors;
  return (
    <SectionCard id={`${fieldId}-title`} title={t('correspondence.question.answerTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, [
              { name: 'body', id: fieldId, label: t('correspondence.question.answer') },
            ])}
            attempt={attempt}
          />
          {saved ? (
            <Text size="sm" c="kringTeal.9" role="status">
              {t('correspondence.question.sent')}
            </Text>
          ) : null}
          <Textarea
            id={fieldId}
            label={t('correspondence.question.answer')}
            inputWrapperOrder={COUNTER_BELOW}
            description={
              <CharacterCount
                value={body}
                max={MESSAGE_MAX}
                hint={t('correspondence.question.answerHint')}
              />
            }
            rows={6}
            withAsterisk
            {...form.register('body')}
            error={errors.body?.message}
          />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('correspondence.question.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
