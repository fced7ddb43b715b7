import {
  ErrorSummary,
  PageHeader,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFieldArray, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import {
  QUESTION_KINDS,
  useCreateCallout,
  useServedNeighbourhoods,
  type CalloutCreate,
} from './api';
import { CALLOUT_PATHS, calloutPath } from './paths';

type T = (key: string, options?: Record<string, unknown>) => string;

const MAX_QUESTIONS = 20;

/** The callout form's rules, as the API checks them. */
export function calloutSchema(t: T) {
  const required = t('callouts.new.required');
  const text = (max: number) =>
    z.string().trim().min(1, required).max(max, t('callouts.new.tooLong', { max }));
  return z
    .object({
      title: text(120),
      body: text(4000),
      ends_on: z.string().min(1, required),
      asks_name: z.boolean(),
      asks_email: z.boolean(),
      asks_availability: z.boolean(),
      all_neighbourhoods: z.boolean(),
      neighbourhood_ids: z.array(z.string()),
      questions: z
        .array(
          z.object({
            kind: z.enum(QUESTION_KINDS),
            label: text(200),
            choices: z.string(),
            required: z.boolean(),
          }),
        )
        .max(MAX_QUESTIONS, t('callouts.new.tooManyQuestions', { max: MAX_QUESTIONS })),
    })
    .superRefine((value, context) => {
      if (!value.all_neighbourhoods && value.neighbourhood_ids.length === 0)
        context.addIssue({
          code: 'custom',
          path: ['neighbourhood_ids'],
          message: t('callouts.new.whereTo'),
        });
      value.questions.forEach((question, index) => {
        const choices = choiceLines(question.choices);
        if (question.kind === 'choice' && (choices.length < 2 || choices.length > 10))
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'choices'],
            message: t('callouts.new.choicesNeeded'),
          });
      });
    });
}

type CalloutValues = z.input<ReturnType<typeof calloutSchema>>;

function choiceLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function toCallout(values: CalloutValues): CalloutCreate {
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    ends_on: values.ends_on,
    asks_name: values.asks_name,
    asks_email: values.asks_email,
    asks_availability: values.asks_availability,
    all_neighbourhoods: values.all_neighbourhoods,
    neighbourhood_ids: values.all_neighbourhoods ? null : values.neighbourhood_ids,
    questions: values.questions.map((question) => ({
      kind: question.kind,
      label: question.label.trim(),
      required: question.required,
      choices: question.kind === 'choice' ? choiceLines(question.choices) : null,
    })),
  };
}

const EMPTY: CalloutValues = {
  title: '',
  body: '',
  ends_on: '',
  asks_name: true,
  asks_email: true,
  asks_availability: false,
  all_neighbourhoods: false,
  neighbourhood_ids: [],
  questions: [],
};

/** "Nieuwe oproep": to some or all of the neighbourhoods the organisation serves. */
export default function NewCalloutPage() {
  return (
    <RequireMember>
      <NewCallout />
    </RequireMember>
  );
}

function NewCallout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisationId } = useActiveMember();
  const served = useServedNeighbourhoods(organisationId);
  const create = useCreateCallout(organisationId);
  const schema = useMemo(() => calloutSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const { register, control, watch } = form;
  const errors = form.formState.errors;
  const questions = useFieldArray({ control, name: 'questions' });
  const all = watch('all_neighbourhoods');
  const fields: { name: Path<CalloutValues>; id: string; label: string }[] = [
    { name: 'title', id: 'callout-title', label: t('callouts.new.title') },
    { name: 'body', id: 'callout-body', label: t('callouts.new.body') },
    { name: 'ends_on', id: 'callout-ends-on', label: t('callouts.new.endsOn') },
    { name: 'neighbourhood_ids', id: 'callout-neighbourhoods', label: t('callouts.new.where') },
    { name: 'all_neighbourhoods', id: 'callout-all', label: t('callouts.new.all') },
    { name: 'questions', id: 'callout-questions', label: t('callouts.new.questions') },
    ...questions.fields.flatMap((_, index) => [
      {
        name: `questions.${index}.label` as Path<CalloutValues>,
        id: `question-${index}-label`,
        label: t('callouts.new.questionLabel', { number: index + 1 }),
      },
      {
        name: `questions.${index}.choices` as Path<CalloutValues>,
        id: `question-${index}-choices`,
        label: t('callouts.new.choices', { number: index + 1 }),
      },
    ]),
  ];
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      const callout = await create.mutateAsync(toCallout(values));
      void navigate(calloutPath(callout.id));
    },
  );

  return (
    <Stack maw={880} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={t('callouts.new.heading')}
        lead={t('callouts.new.lead')}
        crumbs={[{ label: t('callouts.list.title'), to: CALLOUT_PATHS.list }]}
      />
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <TextInput
            id="callout-title"
            label={t('callouts.new.title')}
            required
            maxLength={120}
            error={errors.title?.message}
            {...register('title')}
          />
          <Textarea
            id="callout-body"
            label={t('callouts.new.body')}
            required
            rows={5}
            maxLength={4000}
            error={errors.body?.message}
            {...register('body')}
          />
          <TextInput
            id="callout-ends-on"
            type="date"
            label={t('callouts.new.endsOn')}
            description={t('callouts.new.endsOnHelp')}
            required
            error={errors.ends_on?.message}
            {...register('ends_on')}
            maw={240}
          />
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('callouts.new.where')}
            </Title>
            <Checkbox
              id="callout-all"
              label={t('callouts.new.all')}
              {...register('all_neighbourhoods')}
            />
            {all ? null : (
              <Controller
                control={control}
                name="neighbourhood_ids"
                render={({ field }) => (
                  <Checkbox.Group
                    id="callout-neighbourhoods"
                    label={t('callouts.new.some')}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.neighbourhood_ids?.message}
                  >
                    <Stack gap={6} mt="xs">
                      {(served.data ?? []).map((neighbourhood) => (
                        <Checkbox
                          key={neighbourhood.id}
                          value={neighbourhood.id}
                          label={neighbourhood.name}
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('callouts.new.asks')}
            </Title>
            <Checkbox label={t('callouts.new.asksName')} {...register('asks_name')} />
            <Checkbox label={t('callouts.new.asksEmail')} {...register('asks_email')} />
            <Checkbox
              label={t('callouts.new.asksAvailability')}
              {...register('asks_availability')}
            />
          </Stack>
          <Stack gap="sm" id="callout-questions">
            <Title order={2} fz="lg">
              {t('callouts.new.questions')}
            </Title>
            {errors.questions?.message ? (
              <Text c="red.8" size="sm">
                {errors.questions.message}
              </Text>
            ) : null}
            {questions.fields.map((question, index) => {
              const kind = watch(`questions.${index}.kind`);
              const fieldErrors = errors.questions?.[index];
              return (
                <Card key={question.id} withBorder padding="sm">
                  <Stack gap="xs">
                    <Group grow align="flex-start">
                      <NativeSelect
                        id={`question-${index}-kind`}
                        label={t('callouts.new.kind', { number: index + 1 })}
                        data={QUESTION_KINDS.map((value) => ({
                          value,
                          label: t(`callouts.kind.${value}`),
                        }))}
                        {...register(`questions.${index}.kind`)}
                      />
                      <TextInput
                        id={`question-${index}-label`}
                        label={t('callouts.new.questionLabel', { number: index + 1 })}
                        required
                        maxLength={200}
                        error={fieldErrors?.label?.message}
                        {...register(`questions.${index}.label`)}
                      />
                    </Group>
                    {kind === 'choice' ? (
                      <Textarea
                        id={`question-${index}-choices`}
                        label={t('callouts.new.choices', { number: index + 1 })}
                        description={t('callouts.new.choicesHelp')}
                        rows={3}
                        error={fieldErrors?.choices?.message}
                        {...register(`questions.${index}.choices`)}
                      />
                    ) : null}
                    <Group justify="space-between">
                      <Checkbox
                        label={t('callouts.new.questionRequired')}
                        {...register(`questions.${index}.required`)}
                      />
                      <Button
                        variant="subtle"
                        color="red.8"
                        onClick={() => questions.remove(index)}
                      >
                        {t('callouts.new.removeQuestion', { number: index + 1 })}
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              );
            })}
            {questions.fields.length < MAX_QUESTIONS ? (
              <Group>
                <Button
                  variant="default"
                  onClick={() =>
                    questions.append({ kind: 'text', label: '', choices: '', required: false })
                  }
                >
                  {t('callouts.new.addQuestion')}
                </Button>
              </Group>
            ) : null}
          </Stack>
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('callouts.new.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
