import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SUBJECT_MAX, TEXT_MAX, useWriteVolunteers, type VolunteerMessageResult } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

export function writeSchema(t: T) {
  return z
    .object({
      channel: z.enum(['message', 'email']),
      subject: z
        .string()
        .trim()
        .max(SUBJECT_MAX, t('volunteers.write.errors.tooLong', { max: SUBJECT_MAX })),
      text: z
        .string()
        .trim()
        .min(1, t('volunteers.write.errors.text'))
        .max(TEXT_MAX, t('volunteers.write.errors.tooLong', { max: TEXT_MAX })),
    })
    .superRefine((values, context) => {
      if (values.channel === 'email' && !values.subject) {
        context.addIssue({
          code: 'custom',
          path: ['subject'],
          message: t('volunteers.write.errors.subject'),
        });
      }
    });
}

const FIELDS = ['channel', 'subject', 'text'] as const;
const EMPTY = { channel: 'message' as const, subject: '', text: '' };

export interface WriteVolunteersDialogProps {
  organisationId: string;
  residentIds: string[];
  opened: boolean;
  onClose: () => void;
  onSent: () => void;
}

/**
 * "Bericht sturen": a private message in Kring, or an e-mail that Kring sends in the
 * organisation's name, to the chosen volunteers. Nobody's address is shown to the other side;
 * volunteers answer in Kring.
 */
export function WriteVolunteersDialog({
  organisationId,
  residentIds,
  opened,
  onClose,
  onSent,
}: WriteVolunteersDialogProps) {
  const { t } = useTranslation();
  const write = useWriteVolunteers(organisationId);
  const schema = useMemo(() => writeSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: EMPTY,
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const [result, setResult] = useState<VolunteerMessageResult | null>(null);
  const channel = useWatch({ control: form.control, name: 'channel' });
  const text = useWatch({ control: form.control, name: 'text' });
  const phone = useMediaQuery('(max-width: 30em)');
  const id = useId();
  const subjectId = `${id}-subject`;
  const textId = `${id}-text`;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    const sent = await write.mutateAsync({
      resident_ids: residentIds,
      channel: values.channel,
      subject: values.channel === 'email' ? values.subject : null,
      text: values.text,
    });
    form.reset(EMPTY);
    setResult(sent);
    onSent();
  });
  const errors = form.formState.errors;
  function close() {
    form.reset(EMPTY);
    setResult(null);
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('volunteers.write.title', { count: residentIds.length })}
      centered
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('volunteers.write.close') }}
    >
      {result ? (
        <Stack gap="md" data-testid="volunteers-sent">
          <Alert color="kringTeal" title={t('volunteers.write.sentTitle')} role="status">
            {t('volunteers.write.sent', { count: result.sent })}
            {result.skipped_blocked > 0
              ? ` ${t('volunteers.write.skipped', { count: result.skipped_blocked })}`
              : ''}
          </Alert>
          <Group gap="sm">
            <Button onClick={close}>{t('volunteers.write.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('volunteers.write.lead')}</Text>
            <ErrorSummary
              messages={formErrors}
              fieldErrors={summaryFieldErrors(errors, [
                { name: 'subject', id: subjectId, label: t('volunteers.write.subject') },
                { name: 'text', id: textId, label: t('volunteers.write.text') },
              ])}
              attempt={attempt}
            />
            <Controller
              control={form.control}
              name="channel"
              render={({ field }) => (
                <Radio.Group
                  label={t('volunteers.write.channel')}
                  value={field.value}
                  onChange={(value) => field.onChange(value === 'email' ? 'email' : 'message')}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio value="message" label={t('volunteers.write.channels.message')} />
                    <Radio value="email" label={t('volunteers.write.channels.email')} />
                  </Stack>
                </Radio.Group>
              )}
            />
            {channel === 'email' ? (
              <TextInput
                id={subjectId}
                label={t('volunteers.write.subject')}
                maxLength={SUBJECT_MAX}
                withAsterisk
                {...form.register('subject')}
                error={errors.subject?.message}
              />
            ) : null}
            <Textarea
              id={textId}
              label={t('volunteers.write.text')}
              inputWrapperOrder={COUNTER_BELOW}
              description={<CharacterCount value={text} max={TEXT_MAX} />}
              rows={6}
              withAsterisk
              {...form.register('text')}
              error={errors.text?.message}
            />
            <Group gap="sm">
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('volunteers.write.submit')}
              </Button>
              <Button variant="default" onClick={close}>
                {t('volunteers.write.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
