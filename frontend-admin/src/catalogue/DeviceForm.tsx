import {
  ErrorSummary,
  LANGUAGES,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Card, Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEVICE_CATEGORIES, DEVICE_SUPPLIES, type Device } from '../api/catalogue';
import { FormActions } from '../components/FormActions';
import {
  conflictAt,
  DEVICE_FIELDS,
  deviceFormValues,
  deviceSchema,
  NAME_FIELDS,
  type DeviceFormValues,
} from './deviceSchema';

export interface DeviceFormProps {
  /** The device to change; none: a new one. */
  device?: Device;
  /** Sends the form; throws the API's refusal (a code in use: 409). */
  onSave: (values: DeviceFormValues) => Promise<void>;
  submitLabel: string;
  cancelTo: string;
}

/** A device of the catalogue: its code, its names, what it is, and whether it can be ordered. */
export function DeviceForm({ device, onSave, submitLabel, cancelTo }: DeviceFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => deviceSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: deviceFormValues(device),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, DEVICE_FIELDS, async (values) => {
    try {
      await onSave(values);
    } catch (error) {
      throw conflictAt(error, 'code');
    }
  });
  const { errors, isSubmitting } = form.formState;
  const ad = form.watch('category') === 'AD';
  const id = (field: string) => `device-${field.replace(/_/g, '-')}`;
  const label = (field: string) => t(`device.fields.${field}`);
  const summary = DEVICE_FIELDS.map((name) => ({ name, id: id(name), label: label(name) }));
  return (
    <Card withBorder padding="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <TextInput
            id={id('code')}
            label={label('code')}
            description={t('device.codeHelp')}
            required
            autoComplete="off"
            maw={400}
            {...form.register('code')}
            error={errors.code?.message}
          />
          {NAME_FIELDS.map((name, index) => (
            <TextInput
              key={name}
              id={id(name)}
              label={label(name)}
              lang={LANGUAGES[index]}
              required
              maxLength={200}
              {...form.register(name)}
              error={errors[name]?.message}
            />
          ))}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              id={id('category')}
              label={label('category')}
              data={[
                { value: '', label: t('device.choose'), disabled: true },
                ...DEVICE_CATEGORIES.map((value) => ({
                  value,
                  label: t(`catalogue.category.${value}`),
                })),
              ]}
              required
              {...form.register('category')}
              error={errors.category?.message}
            />
            <NativeSelect
              id={id('supply')}
              label={label('supply')}
              data={[
                { value: '', label: t('device.choose'), disabled: true },
                ...DEVICE_SUPPLIES.map((value) => ({
                  value,
                  label: t(`catalogue.supply.${value}`),
                })),
              ]}
              required
              {...form.register('supply')}
              error={errors.supply?.message}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="needs_ad_contract"
            render={({ field }) => (
              <Checkbox
                id={id('needs_ad_contract')}
                label={label('needs_ad_contract')}
                description={ad ? t('device.adAlways') : t('device.adContractHelp')}
                // An AD device always needs it: shown ticked, and sent so.
                checked={ad || field.value}
                disabled={ad}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Checkbox
                id={id('active')}
                label={label('active')}
                description={t('device.activeHelp')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <FormActions submitLabel={submitLabel} loading={isSubmitting} cancelTo={cancelTo} />
        </Stack>
      </form>
    </Card>
  );
}
