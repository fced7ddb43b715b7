import { Alert, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEVICE_CATEGORIES, type Device } from '../api/orders';
import { fieldError, HINT_BELOW } from './formParts';
import { deviceNeedsContract, orderFieldId, type RentalFormValues } from './orderForms';

/** Lower case without accents, for matching what is typed against names and codes. */
function folded(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface DevicePickerProps {
  form: UseFormReturn<RentalFormValues, unknown, unknown>;
  devices: readonly Device[];
  /** The chosen organisation has an AD contract. */
  adContract: boolean;
  /** "Your organisation has no AD contract: call your branch <phone>". */
  adMessage: string;
}

/**
 * The device to rent, grouped by category (GRZ, ELV, AD) and narrowed by a search field, then its
 * option. Without the organisation's AD contract the devices and options that need it stay in the
 * list, disabled, and the message says whom to call.
 */
export function DevicePicker({ form, devices, adContract, adMessage }: DevicePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [deviceId] = useWatch({ control: form.control, name: ['device_id'] });
  const chosen = devices.find((device) => device.id === deviceId);
  const needle = folded(search.trim());
  const blocked = (needsContract: boolean) => needsContract && !adContract;
  const label = (name: string, needsContract: boolean) =>
    blocked(needsContract) ? t('orders.rental.needsContract', { name }) : name;
  // The chosen device stays in the list whatever is typed, so the select never loses it.
  const shown = devices.filter(
    (device) =>
      device.id === deviceId || !needle || folded(`${device.name} ${device.code}`).includes(needle),
  );
  const groups = DEVICE_CATEGORIES.flatMap((category) => {
    const items = shown
      .filter((device) => device.category === category)
      .map((device) => ({
        value: device.id,
        label: `${label(device.name, deviceNeedsContract(device))} (${device.code})`,
        disabled: blocked(deviceNeedsContract(device)),
      }));
    return items.length > 0 ? [{ group: t(`orders.category.${category}`), items }] : [];
  });

  return (
    <Stack gap="md">
      {adContract ? (
        <Text size="sm" c="dark.6">
          {t('orders.rental.adHint')}
        </Text>
      ) : (
        <Alert color="kringClay" variant="light" role="note" data-testid="no-ad-contract">
          {adMessage}
        </Alert>
      )}
      <TextInput
        id="order-device-search"
        type="search"
        label={t('orders.rental.deviceSearch')}
        description={t('orders.rental.deviceSearchHint')}
        inputWrapperOrder={HINT_BELOW}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        autoComplete="off"
        maxLength={100}
      />
      <Text size="sm" c="dark.5" role="status" aria-live="polite" data-testid="device-count">
        {needle ? t('orders.rental.devicesFound', { count: shown.length }) : ''}
      </Text>
      <Controller
        control={form.control}
        name="device_id"
        render={({ field }) => (
          <NativeSelect
            inputWrapperOrder={HINT_BELOW}
            id={orderFieldId('device_id')}
            label={t('orders.fields.device')}
            required
            data={[{ value: '', label: t('orders.form.choose') }, ...groups]}
            {...field}
            onChange={(event) => {
              field.onChange(event);
              // Options belong to one device: a new device starts without one.
              form.setValue('option_id', '');
            }}
            error={fieldError(form, 'device_id')}
          />
        )}
      />
      {chosen && chosen.options.length > 0 ? (
        <Controller
          control={form.control}
          name="option_id"
          render={({ field }) => (
            <NativeSelect
              inputWrapperOrder={HINT_BELOW}
              id={orderFieldId('option_id')}
              label={t('orders.fields.option')}
              description={t('orders.rental.optionHint')}
              data={[
                { value: '', label: t('orders.rental.noOption') },
                ...chosen.options.map((option) => ({
                  value: option.id,
                  label: label(option.name, option.needs_ad_contract),
                  disabled: blocked(option.needs_ad_contract),
                })),
              ]}
              {...field}
              error={fieldError(form, 'option_id')}
            />
          )}
        />
      ) : null}
    </Stack>
  );
}
