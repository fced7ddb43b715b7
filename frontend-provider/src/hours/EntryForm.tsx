import { FormErrors, useFormat, useFormSubmit, useZodForm } from '@kring/common';
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  NOTE_MAX,
  useChangeHours,
  useCorrectHours,
  useLogHours,
  type Entry,
  type HoursStart,
} from '../api/hours';
import { addDays, isDay, usualTimes, weekdayName } from './days';
import { formatDuration } from './duration';
import {
  BREAK_MAX,
  ENTRY_FIELDS,
  entryBody,
  entryFormValues,
  entrySchema,
  newEntryBody,
  prefilledTimes,
  renameEntryField,
  workedMinutes,
  type EntryMode,
} from './entryForm';

export interface EntryFormProps {
  start: HoursStart;
  mode: EntryMode;
  /** Tells apart the fields of two forms on one page (the quick entry and the dialog). */
  idPrefix: string;
  onSaved: (entry: Entry, mode: EntryMode) => void;
  onCancel?: () => void;
}

const SUBMIT: Record<EntryMode['kind'], string> = {
  new: 'hours.form.save',
  change: 'hours.form.saveChange',
  fix: 'hours.form.saveFix',
  correct: 'hours.form.saveCorrection',
};

/**
 * Hours for one day: for whom (a choice only when I help several people), the day (today and
 * yesterday a tap away), a start and an end with a break or only a duration, and a note; the
 * worked time is shown as it is typed. New hours start from today and the engagement's usual
 * times, which follow the day and the engagement until I change the times myself. The same
 * form changes waiting hours, fixes rejected ones and corrects approved ones.
 */
export function EntryForm({ start, mode, idPrefix, onSaved, onCancel }: EntryFormProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const logHours = useLogHours();
  const changeHours = useChangeHours();
  const correctHours = useCorrectHours();
  const schema = useMemo(() => entrySchema(t, start.today), [t, start.today]);
  const form = useZodForm(schema, {
    defaultValues: entryFormValues(start, mode),
    mode: 'onSubmit',
  });
  // Changed times are mine: a new day or engagement no longer fills in the usual ones.
  const [timesEdited, setTimesEdited] = useState(mode.kind !== 'new');
  const values = useWatch({ control: form.control });
  const byDuration = values.by_duration ?? false;
  const engagement = start.engagements.find((each) => each.id === values.engagement_id);
  const worked = workedMinutes(values);
  const yesterday = addDays(start.today, -1);
  const usual =
    !byDuration && mode.kind === 'new' && values.work_date
      ? usualTimes(engagement, values.work_date)
      : null;

  const prefill = (engagementId: string, day: string) => {
    if (timesEdited || !isDay(day)) return;
    const times = prefilledTimes(
      start.engagements.find((each) => each.id === engagementId),
      day,
    );
    form.setValue('starts_at', times.starts_at);
    form.setValue('ends_at', times.ends_at);
  };
  const chooseDay = (day: string) => {
    form.setValue('work_date', day, { shouldValidate: form.formState.isSubmitted });
    prefill(form.getValues('engagement_id'), day);
  };

  const { onSubmit, formErrors } = useFormSubmit(
    form,
    ENTRY_FIELDS,
    async (submitted) => {
      let saved: Entry | undefined;
      if (mode.kind === 'new') {
        saved = await logHours.mutateAsync(newEntryBody(submitted));
        // Ready for the next day: the same engagement, today and its usual times again.
        setTimesEdited(false);
        form.reset(entryFormValues(start, mode, submitted.engagement_id));
      } else if (mode.kind === 'correct') {
        saved = await correctHours.mutateAsync({ id: mode.entry.id, body: entryBody(submitted) });
      } else {
        saved = await changeHours.mutateAsync({ id: mode.entry.id, body: entryBody(submitted) });
      }
      if (saved) onSaved(saved, mode);
    },
    { rename: (field) => renameEntryField(form.getValues('by_duration'))(field) },
  );
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `${idPrefix}-${field}`;
  const startsAt = form.register('starts_at', {
    onChange: () => setTimesEdited(true),
  });
  const endsAt = form.register('ends_at', {
    onChange: () => setTimesEdited(true),
  });
  const workDate = form.register('work_date', {
    onChange: (event: { target: { value: string } }) =>
      prefill(form.getValues('engagement_id'), event.target.value),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormErrors messages={formErrors} />
        {mode.kind !== 'new' ? (
          <Text fw={600}>{t('hours.form.for', { name: mode.entry.help_seeker_first_name })}</Text>
        ) : start.engagements.length > 1 ? (
          <Controller
            control={form.control}
            name="engagement_id"
            render={({ field }) => (
              <NativeSelect
                id={id('engagement')}
                label={t('hours.form.engagement')}
                data={start.engagements.map((each) => ({
                  value: each.id,
                  label: each.help_seeker_first_name,
                }))}
                value={field.value}
                onChange={(event) => {
                  field.onChange(event.currentTarget.value);
                  prefill(event.currentTarget.value, form.getValues('work_date'));
                }}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.engagement_id?.message}
                maw={360}
              />
            )}
          />
        ) : (
          <Text fw={600}>
            {t('hours.form.for', { name: engagement?.help_seeker_first_name ?? '' })}
          </Text>
        )}
        {mode.kind === 'new' && start.engagements.length === 1 && errors.engagement_id ? (
          <Text c="red.8" size="sm" role="alert">
            {errors.engagement_id.message}
          </Text>
        ) : null}

        <Stack gap={6}>
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              id={id('date')}
              type="date"
              label={t('hours.form.date')}
              max={start.today}
              min={engagement?.started_on}
              {...workDate}
              error={errors.work_date?.message}
              style={{ flex: '1 1 160px', maxWidth: 220 }}
            />
            <Group gap="xs" wrap="nowrap" role="group" aria-label={t('hours.form.quickDays')}>
              {[
                { day: start.today, label: t('hours.form.today') },
                { day: yesterday, label: t('hours.form.yesterday') },
              ].map(({ day, label }) => (
                <Button
                  key={day}
                  type="button"
                  radius="xl"
                  variant={values.work_date === day ? 'filled' : 'default'}
                  color="kringTeal.8"
                  aria-pressed={values.work_date === day}
                  onClick={() => chooseDay(day)}
                >
                  {label}
                </Button>
              ))}
            </Group>
          </Group>
          {values.work_date && isDay(values.work_date) ? (
            <Text size="sm" c="dark.5">
              {format.day(values.work_date)}
            </Text>
          ) : null}
        </Stack>

        <Controller
          control={form.control}
          name="by_duration"
          render={({ field }) => (
            <Switch
              id={id('by-duration')}
              label={t('hours.form.byDuration')}
              checked={field.value}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                const current = workedMinutes(form.getValues());
                field.onChange(checked);
                // Switching to a duration carries over what the times said.
                if (checked && form.getValues('duration_hours') === '' && current) {
                  form.setValue('duration_hours', Math.floor(current / 60));
                  form.setValue('duration_minutes', current % 60);
                }
                form.clearErrors();
              }}
              onBlur={field.onBlur}
              ref={field.ref}
            />
          )}
        />

        {byDuration ? (
          <SimpleGrid cols={2} spacing="sm" maw={320}>
            <Controller
              control={form.control}
              name="duration_hours"
              render={({ field }) => (
                <NumberInput
                  id={id('duration-hours')}
                  label={t('hours.form.durationHours')}
                  min={0}
                  max={24}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  inputMode="numeric"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.duration_hours?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="duration_minutes"
              render={({ field }) => (
                <NumberInput
                  id={id('duration-minutes')}
                  label={t('hours.form.durationMinutes')}
                  min={0}
                  max={59}
                  step={5}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  inputMode="numeric"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={errors.duration_minutes?.message}
                />
              )}
            />
          </SimpleGrid>
        ) : (
          <Stack gap={6}>
            <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm" maw={480}>
              <TextInput
                id={id('starts-at')}
                type="time"
                label={t('hours.form.startsAt')}
                {...startsAt}
                error={errors.starts_at?.message}
              />
              <TextInput
                id={id('ends-at')}
                type="time"
                label={t('hours.form.endsAt')}
                {...endsAt}
                error={errors.ends_at?.message}
              />
              <Controller
                control={form.control}
                name="break_minutes"
                render={({ field }) => (
                  <NumberInput
                    id={id('break')}
                    label={t('hours.form.break')}
                    min={0}
                    max={BREAK_MAX}
                    step={5}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="none"
                    inputMode="numeric"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={errors.break_minutes?.message}
                  />
                )}
              />
            </SimpleGrid>
            {usual && values.starts_at === usual.starts_at && values.ends_at === usual.ends_at ? (
              <Text size="sm" c="dark.5">
                {t('hours.form.usual', {
                  day: weekdayName(values.work_date ?? start.today, i18n.language),
                })}
              </Text>
            ) : null}
          </Stack>
        )}

        <Textarea
          id={id('note')}
          label={t('hours.form.note')}
          description={t('hours.form.noteHint')}
          rows={2}
          maxLength={NOTE_MAX}
          {...form.register('note')}
          error={errors.note?.message}
        />

        <Text fw={700} size="lg" aria-live="polite" data-testid={id('worked')}>
          {worked !== null
            ? t('hours.form.worked', { duration: formatDuration(t, worked) })
            : t('hours.form.workedUnknown')}
        </Text>

        <Group gap="sm">
          <Button
            type="submit"
            size="lg"
            color="kringClay.7"
            loading={isSubmitting}
            style={{ flex: '1 1 200px', maxWidth: onCancel ? undefined : 360 }}
          >
            {t(SUBMIT[mode.kind])}
          </Button>
          {onCancel ? (
            <Button type="button" size="lg" variant="default" onClick={onCancel}>
              {t('hours.form.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
