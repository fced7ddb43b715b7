import { ADDITION_MAX, type AddressMessages } from '@kring/common';
import { Grid, TextInput } from '@mantine/core';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export const ADDRESS_FIELDS = [
  'street',
  'house_number',
  'house_number_addition',
  'postcode',
  'city',
] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number];

export interface AddressFieldsProps {
  /** Prefix of the inputs' ids (`company` → `company-street`), unique on the page. */
  idPrefix: string;
  /** Each field's registration with the form and its error, if any. */
  fields: Record<AddressField, { registration: UseFormRegisterReturn; error?: string }>;
  /** Whether the address must be filled in (the company step) or may stay empty. */
  required: boolean;
  /** `autocomplete` section, so a browser fills in the right address (`home`, `work`). */
  section?: string;
}

/** The input id of an address field, for the error summary's links. */
export function addressFieldId(idPrefix: string, field: AddressField): string {
  return `${idPrefix}-${field.replace(/_/g, '-')}`;
}

/** The address fields' messages in the portal's words, for `dutchAddressSchema`. */
export function addressMessages(t: (key: string, options?: Record<string, unknown>) => string) {
  return {
    streetRequired: t('address.streetRequired'),
    houseNumberRequired: t('address.houseNumberRequired'),
    houseNumberInvalid: t('address.houseNumberInvalid'),
    additionInvalid: t('address.additionInvalid'),
    postcodeInvalid: t('address.postcodeInvalid'),
    cityRequired: t('address.cityRequired'),
    tooLong: (max: number) => t('wizard.errors.tooLong', { max }),
  } satisfies AddressMessages;
}

/**
 * A Dutch address as the provider manual asks it: street, house number and its addition
 * ("toevoeging"), postcode and place. One set of fields for the home address and the work
 * address, so both are checked alike (as the API does).
 */
export function AddressFields({ idPrefix, fields, required, section }: AddressFieldsProps) {
  const { t } = useTranslation();
  const auto = (token: string) => (section ? `section-${section} ${token}` : token);
  const input = (field: AddressField) => ({
    id: addressFieldId(idPrefix, field),
    ...fields[field].registration,
    error: fields[field].error,
  });
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextInput
          label={t('address.street')}
          autoComplete={auto('address-line1')}
          required={required}
          {...input('street')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput
          label={t('address.houseNumber')}
          inputMode="numeric"
          required={required}
          {...input('house_number')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput
          label={t('address.addition')}
          maxLength={ADDITION_MAX}
          {...input('house_number_addition')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label={t('address.postcode')}
          autoComplete={auto('postal-code')}
          required={required}
          {...input('postcode')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput
          label={t('address.city')}
          autoComplete={auto('address-level2')}
          required={required}
          {...input('city')}
        />
      </Grid.Col>
    </Grid>
  );
}
