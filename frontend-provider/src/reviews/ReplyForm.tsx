import {
  FormErrors,
  useFormSubmit,
  useZodForm,
  CharacterCount,
  COUNTER_BELOW,
} from '@kring/common';
import { isApiProblem } from '@kring/client';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { MAX_REPLY, reviewKeys, useReplyToReview, type ProviderReview } from '../api/reviews';

const FIELDS = ['reply'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

function replySchema(t: T) {
  return z.object({
    reply: z
      .string()
      .trim()
      .min(1, t('reviews.reply.required'))
      .max(MAX_REPLY, t('reviews.reply.tooLong', { max: MAX_REPLY })),
  });
}

/**
 * My one public reply under a review. It cannot be changed afterwards, which the form says before
 * it is sent; a reply made elsewhere in the meantime (409) is fetched and shown instead.
 */
export function ReplyForm({
  review,
  onReplied,
  onConflict,
}: {
  review: ProviderReview;
  onReplied: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reply = useReplyToReview();
  const schema = useMemo(() => replySchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: { reply: '' } });
  const text = useWatch({ control: form.control, name: 'reply' });
  const { onSubmit, formErrors } = useFormSubmit(form, FIELDS, async (values) => {
    try {
      await reply.mutateAsync({ id: review.id, reply: values.reply });
      onReplied();
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        // The card says so and shows the reply there is, in place of this form.
        onConflict();
        void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
        return;
      }
      throw error;
    }
  });
  const { errors, isSubmitting } = form.formState;
  const fieldId = `reply-${review.id}`;
  const warningId = `reply-${review.id}-once`;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <FormErrors messages={formErrors} />
        <Textarea
          id={fieldId}
          label={t('reviews.reply.label')}
          rows={3}
          resize="vertical"
          inputWrapperOrder={COUNTER_BELOW}
          description={
            <CharacterCount value={text} max={MAX_REPLY} hint={t('reviews.reply.hint')} />
          }
          {...form.register('reply')}
          error={errors.reply?.message}
        />
        <Alert color="kringClay" variant="light" id={warningId} p="sm">
          <Text size="sm" c="kringClay.9">
            {t('reviews.reply.once')}
          </Text>
        </Alert>
        <Group>
          <Button type="submit" loading={isSubmitting} aria-describedby={warningId}>
            {t('reviews.reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
