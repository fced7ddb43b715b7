import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';
import { SHIFT_FUNCTIONS, useCreateShift, type StaffProject } from './api';
import {
  EMPTY_SHIFT,
  SHIFT_FIELDS,
  shiftBody,
  shiftSchema,
  type ShiftFormValues,
} from './shiftSchema';

export interface ShiftDialogProps {
  project: StaffProject;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}

/** Plan a shift: day, start and end (an end at or before the start is the next day), break,
 * function, who works it, and the rate (the function's standard one when left empty). */
export function ShiftDialog(props: ShiftDialogProps) {
  // A new form each time the dialog opens.
  return props.opened ? <ShiftForm {...props} /> : null;
}

function ShiftForm({ project, onClose, onAdded }: ShiftDialogProps) {
  const { t } = useTranslation();
  const create = useCreateShift(project.id);
  const schema = useMemo(() => shiftSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: EMPTY_SHIFT,
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    SHIFT_FIELDS,
    async (values) => {
      await create.mutateAsync(shiftBody(values as ShiftFormValues));
      onAdded();
      onClose();
    },
    { rename: (field) => (field === 'hourly_rate_cents' ? 'rate' : field) },
  );
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `shift-${field.replace(/_/g, '-')}`;
  const label = (field: string) => t(`projects.shift.fields.${field}`);
  const summary = SHIFT_FIELDS.map((name) => ({ name, id: id(name), label: label(name) }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('projects.shift.addTitle', { project: project.name })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              id={id('works_on')}
              type="date"
              label={label('works_on')}
              required
              data-autofocus
              {...form.register('works_on')}
              error={errors.works_on?.message}
            />
            <NativeSelect
              id={id('function')}
              label={label('function')}
              required
              data={[
                { value: '', label: t('projects.shift.functionPlaceholder'), disabled: true },
                ...SHIFT_FUNCTIONS.map((value) => ({
                  value,
                  label: t(`projects.function.${value}`),
                })),
              ]}
              {...form.register('function')}
              error={errors.function?.message}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              id={id('starts_at')}
              type="time"
              label={label('starts_at')}
              required
              {...form.register('starts_at')}
              error={errors.starts_at?.message}
            />
            <TextInput
              id={id('ends_at')}
              type="time"
              label={label('ends_at')}
              description={t('projects.shift.endsHelp')}
              required
              {...form.register('ends_at')}
              error={errors.ends_at?.message}
            />
            <TextInput
              id={id('break_minutes')}
              type="number"
              min={0}
              max={240}
              label={label('break_minutes')}
              {...form.register('break_minutes')}
              error={errors.break_minutes?.message}
            />
          </SimpleGrid>
          <TextInput
            id={id('worker_name')}
            label={label('worker_name')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.register('worker_name')}
            error={errors.worker_name?.message}
          />
          <TextInput
            id={id('rate')}
            label={label('rate')}
            description={t('projects.shift.rateHelp')}
            inputMode="decimal"
            maw={200}
            autoComplete="off"
            {...form.register('rate')}
            error={errors.rate?.message}
          />
          <Textarea
            id={id('note')}
            label={label('note')}
            rows={2}
            maxLength={500}
            {...form.register('note')}
            error={errors.note?.message}
          />
          <DialogFooter
            confirmLabel={t('projects.shift.add')}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
