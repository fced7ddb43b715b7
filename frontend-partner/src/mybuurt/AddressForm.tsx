import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Button, Group, Input, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSetAddress, type AddressIn, type MyResidence } from '../api/neighbourhoods';
import { addressSchema, type AddressInput } from './addressSchema';

const EMPTY: AddressInput = { country: 'NL', street: '', house_number: '', postcode: '', city: '' };

/**
 * My home address: joins (or moves me to) the neighbourhood that covers it. The API's field
 * errors (e.g. no neighbourhood covers this postcode yet) show on the fields.
 */
export function AddressForm(props: {
  idPrefix: string;
  initial?: AddressIn;
  submitLabel: string;
  onDone: (residence: MyResidence) => void;
  /** Another way to save the address (accepting an invite); joining by address by default. */
  save?: (address: AddressIn) => Promise<MyResidence>;
}) {
  const { idPrefix, initial, submitLabel, onDone } = props;
  const { t } = useTranslation();
  const schema = useMemo(() => addressSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: initial ?? EMPTY,
    shouldFocusError: false,
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const save = useSetAddress();
  const fields = [
    { name: 'country', id: `${idPrefix}-country`, label: t('myNeighbourhood.address.country') },
    { name: 'street', id: `${idPrefix}-street`, label: t('myNeighbourhood.address.street') },
    {
      name: 'house_number',
      id: `${idPrefix}-house-number`,
      label: t('myNeighbourhood.address.houseNumber'),
    },
    { name: 'postcode', id: `${idPrefix}-postcode`, label: t('myNeighbourhood.address.postcode') },
    { name: 'city', id: `${idPrefix}-city`, label: t('myNeighbourhood.address.city') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      onDone(await (props.save ?? save.mutateAsync)(values));
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <Controller
          control={control}
          name="country"
          render={({ field }) => (
            <Input.Wrapper
              label={t('myNeighbourhood.address.country')}
              labelElement="div"
              labelProps={{ id: `${idPrefix}-country-label` }}
            >
              <SegmentedControl
                id={`${idPrefix}-country`}
                aria-labelledby={`${idPrefix}-country-label`}
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'NL', label: t('myNeighbourhood.address.NL') },
                  { value: 'BE', label: t('myNeighbourhood.address.BE') },
                ]}
                fullWidth
                mt={4}
              />
            </Input.Wrapper>
          )}
        />
        <TextInput
          id={`${idPrefix}-street`}
          label={t('myNeighbourhood.address.street')}
          autoComplete="address-line1"
          required
          maxLength={200}
          error={errors.street?.message}
          {...register('street')}
        />
        <Group grow align="flex-start" gap="sm">
          <TextInput
            id={`${idPrefix}-house-number`}
            label={t('myNeighbourhood.address.houseNumber')}
            inputMode="numeric"
            required
            maxLength={5}
            error={errors.house_number?.message}
            {...register('house_number')}
          />
          <TextInput
            id={`${idPrefix}-postcode`}
            label={t('myNeighbourhood.address.postcode')}
            autoComplete="postal-code"
            required
            maxLength={7}
            error={errors.postcode?.message}
            {...register('postcode')}
          />
        </Group>
        <TextInput
          id={`${idPrefix}-city`}
          label={t('myNeighbourhood.address.city')}
          autoComplete="address-level2"
          required
          maxLength={100}
          error={errors.city?.message}
          {...register('city')}
        />
        <Group justify="flex-end">
          <Button type="submit" color="kringClay.7" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
