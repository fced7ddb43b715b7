import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import {
  Card,
  Fieldset,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../components/FormActions';
import { OrganisationPicker } from '../people/OrganisationPicker';
import { PROJECT_KINDS, useCareManagers, type StaffProject } from './api';
import {
  PROJECT_FIELDS,
  projectFormValues,
  projectSchema,
  type ProjectFormValues,
} from './projectSchema';

export interface ProjectFormProps {
  /** The project to change; none: a new one (then the organisation is chosen). */
  project?: StaffProject;
  onSave: (values: ProjectFormValues) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
}

/** A project's details: organisation (new ones), name, kind, address, dates and leader. */
export function ProjectForm({ project, onSave, submitLabel, cancelTo }: ProjectFormProps) {
  const { t } = useTranslation();
  const creating = !project;
  const schema = useMemo(() => projectSchema(t, creating), [t, creating]);
  const form = useZodForm(schema, {
    defaultValues: projectFormValues(project),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, PROJECT_FIELDS, (values) =>
    onSave(values as ProjectFormValues),
  );
  const managers = useCareManagers();
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `project-${field.replace(/[._]/g, '-')}`;
  const label = (field: string) => t(`projects.fields.${field.replace('address.', '')}`);
  const shown = PROJECT_FIELDS.filter((name) => creating || name !== 'organisation_id');
  const summary = shown.map((name) => ({ name, id: id(name), label: label(name) }));
  const addressError = (part: keyof ProjectFormValues['address']) =>
    errors.address?.[part]?.message;
  return (
    <Card withBorder padding="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          {creating ? (
            <Controller
              control={form.control}
              name="organisation_id"
              render={({ field }) => (
                <OrganisationPicker
                  id={id('organisation_id')}
                  label={label('organisation_id')}
                  description={t('projects.fields.organisationHelp')}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  error={errors.organisation_id?.message}
                />
              )}
            />
          ) : null}
          <TextInput
            id={id('name')}
            label={label('name')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.register('name')}
            error={errors.name?.message}
          />
          <NativeSelect
            id={id('kind')}
            label={label('kind')}
            required
            maw={320}
            data={[
              { value: '', label: t('projects.fields.kindPlaceholder'), disabled: true },
              ...PROJECT_KINDS.map((value) => ({ value, label: t(`projects.kind.${value}`) })),
            ]}
            {...form.register('kind')}
            error={errors.kind?.message}
          />
          <Textarea
            id={id('description')}
            label={label('description')}
            rows={3}
            maxLength={2000}
            {...form.register('description')}
            error={errors.description?.message}
          />
          <Fieldset
            legend={label('address')}
            variant="unstyled"
            style={{ margin: 0, padding: 0, border: 0, minWidth: 0 }}
            styles={{ legend: { fontWeight: 700, marginBottom: 2 } }}
          >
            <Stack gap="sm">
              <TextInput
                id={id('address.street')}
                label={label('address.street')}
                autoComplete="off"
                {...form.register('address.street')}
                error={addressError('street')}
              />
              <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm">
                <TextInput
                  id={id('address.house_number')}
                  label={label('address.house_number')}
                  autoComplete="off"
                  {...form.register('address.house_number')}
                  error={addressError('house_number')}
                />
                <TextInput
                  id={id('address.house_number_addition')}
                  label={label('address.house_number_addition')}
                  autoComplete="off"
                  {...form.register('address.house_number_addition')}
                  error={addressError('house_number_addition')}
                />
                <TextInput
                  id={id('address.postcode')}
                  label={label('address.postcode')}
                  autoComplete="off"
                  {...form.register('address.postcode')}
                  error={addressError('postcode')}
                />
                <TextInput
                  id={id('address.city')}
                  label={label('address.city')}
                  autoComplete="off"
                  {...form.register('address.city')}
                  error={addressError('city')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              id={id('starts_on')}
              type="date"
              label={label('starts_on')}
              required
              {...form.register('starts_on')}
              error={errors.starts_on?.message}
            />
            <TextInput
              id={id('ends_on')}
              type="date"
              label={label('ends_on')}
              description={t('projects.fields.endsOnHelp')}
              {...form.register('ends_on')}
              error={errors.ends_on?.message}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="leader_id"
            render={({ field }) => (
              <Select
                id={id('leader_id')}
                label={label('leader_id')}
                description={t('projects.fields.leaderHelp')}
                required
                searchable
                maw={420}
                data={(managers.data ?? []).map((manager) => ({
                  value: manager.id,
                  label: manager.name,
                }))}
                value={field.value ?? null}
                onChange={field.onChange}
                error={errors.leader_id?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <FormActions submitLabel={submitLabel} loading={isSubmitting} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Card>
  );
}
