import {
  ErrorSummary,
  LANGUAGES,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateOption, useUpdateOption, type Device, type DeviceOption } from '../api/catalogue';
import { DialogFooter } from '../components/DialogFooter';
import {
  conflictAt,
  NAME_FIELDS,
  OPTION_FIELDS,
  optionCreateBody,
  optionFormValues,
  optionSchema,
  optionUpdateBody,
} from './deviceSchema';

export interface OptionDialogProps {
  device: Device;
  /** The option to change; none: a new one. */
  option?: DeviceOption;
  opened: boolean;
  onClose: () => void;
}

/** An option of a device in three languages, whether it needs the AD contract, and its place. */
export function OptionDialog(props: OptionDialogProps) {
  // A new form each time the dialog opens, from the option as it is now.
  return props.opened ? <OptionForm {...props} /> : null;
}

function OptionForm({ device, option, onClose }: OptionDialogProps) {
  const { t } = useTranslation();
  const create = useCreateOption(device.id);
  const update = useUpdateOption(device.id);
  const schema = useMemo(() => optionSchema(t), [t]);
  const after = Math.min(999, Math.max(0, ...device.options.map((o) => o.position + 1)));
  const form = useZodForm(schema, {
    defaultValues: optionFormValues(option, after),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, OPTION_FIELDS, async (values) => {
    try {
      if (!option) await create.mutateAsync(optionCreateBody(values));
      else {
        const body = optionUpdateBody(values, option);
        if (Object.keys(body).length > 0) await update.mutateAsync({ optionId: option.id, body });
      }
    } catch (error) {
      throw conflictAt(error, 'name_nl');
    }
    onClose();
  });
  const { errors, isSubmitting } = form.formState;
  const id = (field: string) => `option-${field.replace(/_/g, '-')}`;
  const label = (field: string) => t(`device.optionFields.${field}`);
  const summary = OPTION_FIELDS.map((name) => ({ name, id: id(name), label: label(name) }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={option ? t('device.options.editTitle') : t('device.options.addTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('device.options.what', { device: device.name_nl })}</Text>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          {NAME_FIELDS.map((name, index) => (
            <TextInput
              key={name}
              id={id(name)}
              label={label(name)}
              lang={LANGUAGES[index]}
              required
              maxLength={200}
              data-autofocus={index === 0 ? true : undefined}
              {...form.register(name)}
              error={errors[name]?.message}
            />
          ))}
          <Controller
            control={form.control}
            name="needs_ad_contract"
            render={({ field }) => (
              <Checkbox
                id={id('needs_ad_contract')}
                label={label('needs_ad_contract')}
                description={t('device.options.adHelp')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <TextInput
            id={id('position')}
            label={label('position')}
            description={t('device.options.positionHelp')}
            inputMode="numeric"
            maw={160}
            {...form.register('position')}
            error={errors.position?.message}
          />
          <DialogFooter
            confirmLabel={option ? t('device.options.save') : t('device.options.add')}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
