import { Grid, Stack, Text, TextInput, Title } from '@mantine/core';
import { get, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MemberFormValues } from './memberForm';

const PARTS = [
  { part: 'street', label: 'street', span: { base: 12, sm: 8 }, autoComplete: 'address-line1' },
  { part: 'house_number', label: 'houseNumber', span: { base: 6, sm: 2 }, autoComplete: 'off' },
  {
    part: 'house_number_addition',
    label: 'addition',
    span: { base: 6, sm: 2 },
    autoComplete: 'off',
  },
  { part: 'postcode', label: 'postcode', span: { base: 12, sm: 4 }, autoComplete: 'postal-code' },
  { part: 'city', label: 'city', span: { base: 12, sm: 8 }, autoComplete: 'address-level2' },
] as const;

/** The input id of an address part, for the error summary's links. */
export function addressFieldId(
  idPrefix: string,
  which: 'address' | 'postal_address',
  part: string,
): string {
  return `${idPrefix}-${which}-${part}`.replace(/_/g, '-');
}

/**
 * A home or postal address that may stay empty: once one part is filled in, the rest is asked
 * for (the API keeps an address whole or not at all).
 */
export function AddressFieldset({
  form,
  which,
  idPrefix,
  self,
}: {
  form: UseFormReturn<MemberFormValues, unknown, MemberFormValues>;
  which: 'address' | 'postal_address';
  idPrefix: string;
  self: boolean;
}) {
  const { t } = useTranslation();
  const headingId = `${idPrefix}-${which}-heading`.replace(/_/g, '-');
  return (
    <Stack
      gap="xs"
      component="fieldset"
      aria-labelledby={headingId}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <Title order={3} size="h5" id={headingId}>
        {t(`member.addresses.${which}`)}
      </Title>
      <Text size="sm" c="dark.5">
        {t(`member.addresses.${which}Hint`)}
      </Text>
      <Grid gap="md">
        {PARTS.map(({ part, label, span, autoComplete }) => {
          const path = `${which}.${part}` as const;
          const error = (get(form.formState.errors, path) as { message?: string } | undefined)
            ?.message;
          return (
            <Grid.Col key={part} span={span}>
              <TextInput
                id={addressFieldId(idPrefix, which, part)}
                label={t(`member.addresses.${label}`)}
                autoComplete={self ? autoComplete : 'off'}
                {...form.register(path)}
                error={error}
              />
            </Grid.Col>
          );
        })}
      </Grid>
    </Stack>
  );
}
