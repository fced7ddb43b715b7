import {
  cellsOfWeek,
  DayPartGrid,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
  weekOfCells,
  type Week,
} from '@kring/common';
import { Fieldset, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveStep, type HowOften } from '../../api/dossiers';
import { HOW_OFTEN, whenSchema } from './schemas';
import type { SavedStepProps } from './stepProps';
import { WizardFrame } from './WizardFrame';

/** Step 3, "Wanneer": the 7 x 3 day parts, how often and from which date. */
export function WhenStep({ dossier, onSaved }: SavedStepProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => whenSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      day_parts: cellsOfWeek(dossier.when.day_parts as Week),
      how_often: dossier.when.how_often ?? '',
      starts_on: dossier.when.starts_on ?? '',
    },
    shouldFocusError: false,
  });
  const save = useSaveStep(dossier.id, 'when');
  const errors = form.formState.errors;
  const fields = [
    { name: 'day_parts', id: 'when-day-parts', label: t('dossiers.wizard.when.dayParts') },
    { name: 'how_often', id: 'when-how-often', label: t('dossiers.wizard.when.howOften') },
    { name: 'starts_on', id: 'when-starts-on', label: t('dossiers.wizard.when.startsOn') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      onSaved(
        await save.mutateAsync({
          day_parts: weekOfCells(values.day_parts),
          how_often: values.how_often as HowOften,
          starts_on: values.starts_on,
        }),
      );
    },
    {
      rename: (field) => (field.startsWith('day_parts') ? 'day_parts' : field),
      resetOnSuccess: true,
    },
  );

  return (
    <WizardFrame
      step="when"
      dossierId={dossier.id}
      completed={dossier.completed_steps}
      title={t('dossiers.wizard.when.title')}
      lead={t('dossiers.wizard.when.lead')}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <Fieldset
        id="when-day-parts"
        tabIndex={-1}
        variant="unstyled"
        legend={<span id="when-day-parts-legend">{t('dossiers.wizard.when.dayParts')}</span>}
        m={0}
        styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
      >
        <Text size="sm" c="dark.5" mb="sm" id="when-day-parts-hint">
          {t('dossiers.wizard.when.dayPartsHint')}
        </Text>
        <Controller
          control={form.control}
          name="day_parts"
          render={({ field }) => (
            <DayPartGrid
              labelledBy="when-day-parts-legend"
              describedBy="when-day-parts-hint"
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        {errors.day_parts?.message ? (
          <Text c="red.8" size="sm" mt="xs">
            {errors.day_parts.message}
          </Text>
        ) : null}
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          id="when-how-often"
          label={t('dossiers.wizard.when.howOften')}
          required
          data={[
            { value: '', label: t('dossiers.wizard.when.choose') },
            ...HOW_OFTEN.map((value) => ({
              value,
              label: t(`dossiers.wizard.when.howOftenValues.${value}`),
            })),
          ]}
          error={errors.how_often?.message}
          {...form.register('how_often')}
        />
        <TextInput
          id="when-starts-on"
          type="date"
          label={t('dossiers.wizard.when.startsOn')}
          required
          error={errors.starts_on?.message}
          {...form.register('starts_on')}
        />
      </SimpleGrid>
    </WizardFrame>
  );
}
