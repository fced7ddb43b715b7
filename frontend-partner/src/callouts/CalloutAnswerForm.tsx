import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  WEEK_DAYS,
  WEEK_PARTS,
  type AnswerIn,
  type CalloutDayPart,
  type CalloutForm,
} from '../api/callouts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The form's rules, as the API checks them: what the callout asks, each question's kind. */
export function answerSchema(form: CalloutForm, t: T) {
  const required = t('callouts.form.required');
  const answers: Record<string, z.ZodType<string, string>> = {};
  for (const question of form.questions) {
    const text = z
      .string()
      .trim()
      .max(1000, t('callouts.form.tooLong', { max: 1000 }));
    answers[question.id] = question.required ? text.min(1, required) : text;
  }
  return z.object({
    name: form.asks_name
      ? z
          .string()
          .trim()
          .min(1, required)
          .max(100, t('callouts.form.tooLong', { max: 100 }))
      : z.string(),
    email: form.asks_email
      ? z.string().trim().min(1, required).email(t('callouts.form.emailInvalid'))
      : z.string(),
    availability: form.asks_availability
      ? z.array(z.string()).min(1, t('callouts.form.availabilityNeeded'))
      : z.array(z.string()),
    answers: z.object(answers),
  });
}

type AnswerValues = z.input<ReturnType<typeof answerSchema>>;

function initialValues(form: CalloutForm): AnswerValues {
  const mine = form.my_answer;
  const answers: Record<string, string> = {};
  for (const question of form.questions) {
    const value = mine?.answers[question.id];
    answers[question.id] = value === undefined || value === null ? '' : String(value);
  }
  return {
    name: mine?.name ?? form.account_name,
    email: mine?.email ?? form.account_email,
    availability: mine?.availability ?? [],
    answers,
  };
}

/** What the API takes: yes/no as true/false, an empty answer left out. */
export function toAnswer(form: CalloutForm, values: AnswerValues): AnswerIn {
  const answers: Record<string, string | boolean> = {};
  for (const question of form.questions) {
    const value = (values.answers[question.id] ?? '').trim();
    if (!value) continue;
    answers[question.id] = question.kind === 'yes_no' ? value === 'true' : value;
  }
  return {
    name: form.asks_name ? values.name.trim() : null,
    email: form.asks_email ? values.email.trim() : null,
    availability: form.asks_availability ? (values.availability as CalloutDayPart[]) : [],
    answers,
  };
}

/** A callout's form, built from its questions; the API's refusals show on their fields. */
export function CalloutAnswerForm(props: {
  form: CalloutForm;
  onSave: (answer: AnswerIn) => Promise<unknown>;
}) {
  const { form: callout, onSave } = props;
  const { t } = useTranslation();
  const schema = useMemo(() => answerSchema(callout, t), [callout, t]);
  const form = useZodForm(schema, {
    defaultValues: initialValues(callout),
    shouldFocusError: false,
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const fields: { name: Path<AnswerValues>; id: string; label: string }[] = [
    ...(callout.asks_name
      ? [{ name: 'name' as const, id: 'callout-name', label: t('callouts.form.name') }]
      : []),
    ...(callout.asks_email
      ? [{ name: 'email' as const, id: 'callout-email', label: t('callouts.form.email') }]
      : []),
    ...(callout.asks_availability
      ? [
          {
            name: 'availability' as const,
            id: 'callout-availability',
            label: t('callouts.form.availability'),
          },
        ]
      : []),
    ...callout.questions.map((question) => ({
      name: `answers.${question.id}` as Path<AnswerValues>,
      id: `callout-question-${question.id}`,
      label: question.label,
    })),
  ];
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      await onSave(toAnswer(callout, values));
    },
  );
  const answerErrors = errors.answers as Record<string, { message?: string }> | undefined;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        {callout.asks_name ? (
          <TextInput
            id="callout-name"
            label={t('callouts.form.name')}
            autoComplete="name"
            required
            maxLength={100}
            error={errors.name?.message}
            {...register('name')}
          />
        ) : null}
        {callout.asks_email ? (
          <TextInput
            id="callout-email"
            type="email"
            label={t('callouts.form.email')}
            autoComplete="email"
            required
            maxLength={254}
            error={errors.email?.message}
            {...register('email')}
          />
        ) : null}
        {callout.asks_availability ? (
          <Controller
            control={control}
            name="availability"
            render={({ field }) => (
              <Checkbox.Group
                id="callout-availability"
                label={t('callouts.form.availability')}
                description={t('callouts.form.availabilityHelp')}
                value={field.value}
                onChange={field.onChange}
                error={errors.availability?.message}
                withAsterisk
              >
                <Stack gap="xs" mt="xs">
                  {WEEK_DAYS.map((day) => (
                    <Fieldset key={day} legend={t(`callouts.days.${day}`)} variant="unstyled" p={0}>
                      <SimpleGrid cols={3} spacing="xs">
                        {WEEK_PARTS.map((part) => (
                          <Checkbox
                            key={part}
                            value={`${day}_${part}`}
                            label={t(`callouts.parts.${part}`)}
                            aria-label={t('callouts.form.dayPart', {
                              day: t(`callouts.days.${day}`),
                              part: t(`callouts.parts.${part}`),
                            })}
                          />
                        ))}
                      </SimpleGrid>
                    </Fieldset>
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        ) : null}
        {callout.questions.map((question) => {
          const id = `callout-question-${question.id}`;
          const name = `answers.${question.id}` as const;
          const error = answerErrors?.[question.id]?.message;
          if (question.kind === 'text')
            return (
              <Textarea
                key={question.id}
                id={id}
                label={question.label}
                required={question.required}

                rows={3}
                maxLength={1000}
                error={error}
                {...register(name)}
              />
            );
          const options =
            question.kind === 'yes_no'
              ? [
                  { value: 'true', label: t('callouts.form.yes') },
                  { value: 'false', label: t('callouts.form.no') },
                ]
              : (question.choices ?? []).map((choice) => ({ value: choice, label: choice }));
          return (
            <Controller
              key={question.id}
              control={control}
              name={name}
              render={({ field }) => (
                <Radio.Group
                  id={id}
                  label={question.label}
                  withAsterisk={question.required}
                  value={field.value}
                  onChange={field.onChange}
                  error={error}
                >
                  <Group gap="md" mt="xs">
                    {options.map((option) => (
                      <Radio key={option.value} value={option.value} label={option.label} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
          );
        })}
        <Group justify="flex-end">
          <Button type="submit" color="kringClay.7" loading={form.formState.isSubmitting}>
            {callout.my_answer ? t('callouts.form.change') : t('callouts.form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
