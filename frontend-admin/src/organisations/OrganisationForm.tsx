import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import {
  Card,
  Checkbox,
  Fieldset,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, ORGANISATION_KINDS, type Organisation } from '../api/organisations';
import { FormActions } from '../components/FormActions';
import { OrganisationPicker } from '../people/OrganisationPicker';
import {
  ADDRESSES,
  ORGANISATION_FIELDS,
  organisationFormValues,
  organisationSchema,
  type OrganisationFormValues,
} from './organisationSchema';

export interface OrganisationFormProps {
  /** The organisation to change; none: a new one. */
  organisation?: Organisation;
  /** Sends the form (the values and which fields changed); throws the API's refusal. */
  onSave: (
    values: OrganisationFormValues,
    dirty: Partial<Record<keyof OrganisationFormValues, unknown>>,
  ) => Promise<void>;
  submitLabel: string;
  /** Where "Cancel" goes. */
  cancelTo: string;
}

/** An organisation's details: KvK or enterprise number, addresses, AD contract, branch. */
export function OrganisationForm({
  organisation,
  onSave,
  submitLabel,
  cancelTo,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => organisationSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: organisationFormValues(organisation),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, ORGANISATION_FIELDS, (values) =>
    onSave(values as OrganisationFormValues, form.formState.dirtyFields),
  );
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch('kind');
  const country = form.watch('country');
  const id = (field: string) => `organisation-${field.replace(/[._]/g, '-')}`;
  const label = (field: string) => t(`organisationForm.fields.${field}`);
  const summaryFields = ORGANISATION_FIELDS.map((name) => ({
    name,
    id: id(name),
    label:
      name === 'training_url'
        ? t('correspondence.trainingField.label')
        : name === 'registration_number'
          ? label(country === 'BE' ? 'enterprise_number' : 'kvk_number')
          : name.includes('.')
            ? `${label(name.split('.')[0] ?? '')}: ${label(name.split('.')[1] ?? '')}`
            : label(name),
  }));
  const text = (
    name: Exclude<
      (typeof ORGANISATION_FIELDS)[number],
      'ad_contract' | 'supplier_branch_id' | 'training_url'
    >,
    extra: { required?: boolean; description?: string; type?: string; labelKey?: string } = {},
  ) => (
    <TextInput
      id={id(name)}
      label={label(extra.labelKey ?? name)}
      description={extra.description}
      required={extra.required}
      type={extra.type ?? 'text'}
      autoComplete="off"
      {...form.register(name)}
      error={fieldError(errors, name)}
    />
  );

  return (
    <Card withBorder padding="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summaryFields)}
            attempt={attempt}
          />
          {text('name', { required: true })}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              id={id('kind')}
              label={label('kind')}
              data={[
                { value: '', label: t('organisationForm.kindPlaceholder'), disabled: true },
                ...ORGANISATION_KINDS.map((value) => ({
                  value,
                  label: t(`auth.organisations.kind.${value}`),
                })),
              ]}
              {...form.register('kind')}
              error={errors.kind?.message}
              required
              miw={200}
            />
            <NativeSelect
              id={id('country')}
              label={label('country')}
              data={COUNTRIES.map((value) => ({
                value,
                label: t(`organisation.countries.${value}`),
              }))}
              {...form.register('country')}
              error={errors.country?.message}
              miw={200}
            />
          </SimpleGrid>
          {text('registration_number', {
            labelKey: country === 'BE' ? 'enterprise_number' : 'kvk_number',
            description:
              country === 'BE'
                ? t('organisationForm.enterpriseHelp')
                : t('organisationForm.kvkHelp'),
          })}
          {ADDRESSES.map((address) => (
            <Fieldset
              key={address}
              legend={label(address)}
              variant="unstyled"
              style={{ margin: 0, padding: 0, border: 0, minWidth: 0 }}
              styles={{ legend: { fontWeight: 700, marginBottom: 2 } }}
            >
              <Stack gap="sm">
                <Text size="xs" c="dark.5">
                  {country === 'BE'
                    ? t('organisationForm.addressHelpBE')
                    : t('organisationForm.addressHelpNL')}
                </Text>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  {text(`${address}.street`, { labelKey: 'street' })}
                  {text(`${address}.house_number`, { labelKey: 'house_number' })}
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                  {text(`${address}.postcode`, { labelKey: 'postcode' })}
                  {text(`${address}.city`, { labelKey: 'city' })}
                </SimpleGrid>
              </Stack>
            </Fieldset>
          ))}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {text('phone', { type: 'tel' })}
            {text('email', { type: 'email' })}
          </SimpleGrid>
          <Checkbox
            id={id('ad_contract')}
            label={label('ad_contract')}
            description={t('organisationForm.adContractHelp')}
            {...form.register('ad_contract')}
          />
          {kind === 'supplier_branch' ? (
            <>
              <Textarea
                id={id('opening_hours')}
                label={label('opening_hours')}
                description={t('organisationForm.openingHoursHelp')}
                rows={3}
                {...form.register('opening_hours')}
                error={errors.opening_hours?.message}
              />
              <TextInput
                id={id('training_url')}
                label={t('correspondence.trainingField.label')}
                description={t('correspondence.trainingField.help')}
                type="url"
                autoComplete="off"
                {...form.register('training_url')}
                error={errors.training_url?.message}
              />
            </>
          ) : (
            <Controller
              control={form.control}
              name="supplier_branch_id"
              render={({ field }) => (
                <OrganisationPicker
                  id={id('supplier_branch_id')}
                  label={label('supplier_branch_id')}
                  kind="supplier_branch"
                  required={false}
                  description={
                    organisation?.contact_card
                      ? t('organisationForm.branchNow', { name: organisation.contact_card.name })
                      : t('organisationForm.branchHelp')
                  }
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.supplier_branch_id?.message}
                />
              )}
            />
          )}
          <FormActions submitLabel={submitLabel} loading={isSubmitting} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Card>
  );
}

/** A field's message, also of a nested one (`visiting_address.postcode`). */
function fieldError(errors: object, name: string): string | undefined {
  let at: unknown = errors;
  for (const part of name.split('.')) at = (at as Record<string, unknown> | undefined)?.[part];
  const message = (at as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
