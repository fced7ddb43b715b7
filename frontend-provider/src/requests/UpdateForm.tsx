import {
  FormErrors,
  useFormSubmit,
  useZodForm,
  CharacterCount,
  COUNTER_BELOW,
} from '@kring/common';
import { ApiProblem, isApiProblem } from '@kring/client';
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { MAX_NOTE, useUpdateContactRequest, type ContactRequest } from '../api/contactRequests';

const FIELDS = ['status', 'note', 'appointment_on'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

function updateSchema(t: T) {
  return z.object({
    status: z.enum(['in_progress', 'handled'], { error: t('requests.form.statusRequired') }),
    note: z
      .string()
      .trim()
      .max(MAX_NOTE, t('requests.form.noteTooLong', { max: MAX_NOTE })),
    // A native date field gives "YYYY-MM-DD", or "" when left empty (no appointment).
    appointment_on: z.union([z.literal(''), z.iso.date({ error: t('requests.form.dateInvalid') })]),
  });
}

function valuesOf(request: ContactRequest) {
  return {
    status: request.status === 'new' ? undefined : request.status,
    note: request.note,
    appointment_on: request.appointment_on ?? '',
  };
}

/**
 * Marks the request in progress or handled, with a note for myself and the date of the
 * appointment it led to. Handled invites the customer to review me, and stays handled: the API
 * refuses (409) going back, which is said in my words and the request fetched again.
 */
export function UpdateForm({
  request,
  onSaved,
}: {
  request: ContactRequest;
  onSaved: (request: ContactRequest) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateContactRequest(request.id);
  const schema = useMemo(() => updateSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: valuesOf(request) });
  const note = useWatch({ control: form.control, name: 'note' });
  const { onSubmit, formErrors } = useFormSubmit(form, FIELDS, async (values) => {
    try {
      const saved = await update.mutateAsync({
        status: values.status,
        note: values.note,
        appointment_on: values.appointment_on || null,
      });
      form.reset(valuesOf(saved));
      onSaved(saved);
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        throw new ApiProblem({
          status: 409,
          title: error.title,
          detail: t('requests.form.conflict'),
        });
      }
      throw error;
    }
  });
  const { errors, isSubmitting } = form.formState;
  const handled = request.status === 'handled';

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="request-update-title">
      <Stack gap="md">
        <FormErrors messages={formErrors} />
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              id="request-status"
              label={t('requests.form.status')}
              required
              value={field.value ?? null}
              onChange={(value) => field.onChange(value)}
              error={errors.status?.message}
            >
              <Stack gap="sm" mt="xs">
                <Radio
                  value="in_progress"
                  label={t('requests.status.in_progress')}
                  description={
                    handled
                      ? t('requests.form.inProgressLocked')
                      : t('requests.form.inProgressHint')
                  }
                  disabled={handled}
                  onBlur={field.onBlur}
                />
                <Radio
                  value="handled"
                  label={t('requests.status.handled')}
                  description={
                    handled
                      ? t('requests.form.handledDone', { name: request.name })
                      : t('requests.form.handledHint', { name: request.name })
                  }
                  onBlur={field.onBlur}
                />
              </Stack>
            </Radio.Group>
          )}
        />
        <TextInput
          id="request-appointment"
          type="date"
          label={t('requests.form.appointment')}
          description={t('requests.form.appointmentHint')}
          {...form.register('appointment_on')}
          error={errors.appointment_on?.message}
          // A date needs little room; the label and its hint keep the whole width.
          styles={{ input: { maxWidth: 220 } }}
        />
        <Textarea
          id="request-note"
          label={t('requests.form.note')}
          rows={4}
          resize="vertical"
          inputWrapperOrder={COUNTER_BELOW}
          description={
            <CharacterCount value={note} max={MAX_NOTE} hint={t('requests.form.noteHint')} />
          }
          {...form.register('note')}
          error={errors.note?.message}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('requests.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
