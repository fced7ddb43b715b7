import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { threadPath } from '../paths';
import { MESSAGE_MAX, SUBJECT_MAX, useAskQuestion, type Thread } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

export function questionSchema(t: T) {
  return z.object({
    subject: z
      .string()
      .trim()
      .min(1, t('correspondence.ask.errors.subject'))
      .max(SUBJECT_MAX, t('correspondence.errors.tooLong', { max: SUBJECT_MAX })),
    body: z
      .string()
      .trim()
      .min(1, t('correspondence.ask.errors.body'))
      .max(MESSAGE_MAX, t('correspondence.errors.tooLong', { max: MESSAGE_MAX })),
  });
}

const FIELDS = ['subject', 'body'] as const;
const EMPTY = { subject: '', body: '' };

export interface AskQuestionDialogProps {
  organisationId: string;
  /** A project's question goes to its care manager; without one, to the supplier branch. */
  projectId?: string;
  projectName?: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * "Stel een vraag": a subject and a message. After sending, the dialog says who will answer
 * (the project's care manager, or the branch) and that an e-mail follows, with a link to the
 * thread.
 */
export function AskQuestionDialog({
  organisationId,
  projectId,
  projectName,
  opened,
  onClose,
}: AskQuestionDialogProps) {
  const { t } = useTranslation();
  const ask = useAskQuestion(organisationId, projectId);
  const schema = useMemo(() => questionSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: EMPTY,
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const [sent, setSent] = useState<Thread | null>(null);
  const body = useWatch({ control: form.control, name: 'body' });
  const phone = useMediaQuery('(max-width: 30em)');
  const id = useId();
  const subjectId = `${id}-subject`;
  const bodyId = `${id}-body`;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    const thread = await ask.mutateAsync({ subject: values.subject, body: values.body });
    form.reset(EMPTY);
    setSent(thread);
  });
  const errors = form.formState.errors;
  function close() {
    form.reset(EMPTY);
    setSent(null);
    onClose();
  }
  const title = projectName
    ? t('correspondence.ask.projectTitle', { project: projectName })
    : t('correspondence.ask.title');

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('correspondence.ask.close') }}
    >
      {sent ? (
        <Stack gap="md" data-testid="question-sent">
          <Alert color="kringTeal" title={t('correspondence.ask.sentTitle')} role="status">
            {projectId ? t('correspondence.ask.sentProject') : t('correspondence.ask.sentBranch')}
          </Alert>
          <Group gap="sm">
            <Button component={Link} to={threadPath(sent.id)} onClick={close}>
              {t('correspondence.ask.seeThread')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('correspondence.ask.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {projectId ? t('correspondence.ask.leadProject') : t('correspondence.ask.leadBranch')}
            </Text>
            <ErrorSummary
              messages={formErrors}
              fieldErrors={summaryFieldErrors(errors, [
                { name: 'subject', id: subjectId, label: t('correspondence.ask.subject') },
                { name: 'body', id: bodyId, label: t('correspondence.ask.body') },
              ])}
              attempt={attempt}
            />
            <TextInput
              id={subjectId}
              label={t('correspondence.ask.subject')}
              maxLength={SUBJECT_MAX}
              withAsterisk
              {...form.register('subject')}
              error={errors.subject?.message}
            />
            <Textarea
              id={bodyId}
              label={t('correspondence.ask.body')}
              inputWrapperOrder={COUNTER_BELOW}
              description={<CharacterCount value={body} max={MESSAGE_MAX} />}
              rows={6}
              withAsterisk
              {...form.register('body')}
              error={errors.body?.message}
            />
            <Group gap="sm">
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('correspondence.ask.submit')}
              </Button>
              <Button variant="default" onClick={close}>
                {t('correspondence.ask.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
