import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAskConcierge } from '../api/concierge';
import { useSkills } from '../api/dossiers';
import { askSchema, DESCRIPTION_MAX, SUBJECT_MAX, type AskInput } from './askSchema';

const EMPTY: AskInput = { subject: '', description: '', skill_id: '' };

/** The request for help; the API's field errors show on the fields. */
export function AskForm() {
  const { t } = useTranslation();
  const schema = useMemo(() => askSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const errors = form.formState.errors;
  const skills = useSkills();
  const ask = useAskConcierge();
  const [sent, setSent] = useState(false);
  const fields = [
    { name: 'subject', id: 'concierge-subject', label: t('concierge.ask.subject') },
    { name: 'description', id: 'concierge-description', label: t('concierge.ask.description') },
    { name: 'skill_id', id: 'concierge-skill', label: t('concierge.ask.skill') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      setSent(false);
      await ask.mutateAsync(values);
      form.reset(EMPTY);
      setSent(true);
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="concierge-ask-heading">
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        {sent ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.ask.sent')}
          </Alert>
        ) : null}
        <TextInput
          id="concierge-subject"
          label={t('concierge.ask.subject')}
          required
          maxLength={SUBJECT_MAX}
          error={errors.subject?.message}
          {...form.register('subject')}
        />
        <Textarea
          id="concierge-description"
          label={t('concierge.ask.description')}
          description={t('concierge.ask.descriptionHint')}
          required
          minRows={4}
          maxLength={DESCRIPTION_MAX}
          error={errors.description?.message}
          {...form.register('description')}
        />
        <NativeSelect
          id="concierge-skill"
          label={t('concierge.ask.skill')}
          error={errors.skill_id?.message}
          data={[
            { value: '', label: t('concierge.ask.skillNone') },
            ...(skills.data ?? []).map((skill) => ({ value: skill.id, label: skill.name })),
          ]}
          {...form.register('skill_id')}
        />
        <Group>
          <Button type="submit" color="kringClay.7" loading={ask.isPending}>
            {t('concierge.ask.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
