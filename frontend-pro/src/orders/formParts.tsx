import { CharacterCount, COUNTER_BELOW, todayInKring } from '@kring/common';
import { Card, Grid, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { get, useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_MAX } from '../api/orders';
import { latestDesiredDate, orderFieldId } from './orderForms';

/** Hints under the inputs, so the inputs of a row line up whether or not they have one. */
export const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** A part of a request form: a card with its heading and an optional line under it. */
export function FormSection({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {lead ? (
            <Text size="sm" c="dark.5">
              {lead}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/** The message of a field's error, by its dotted path. */
export function fieldError<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  path: string,
): string | undefined {
  const error: unknown = get(form.formState.errors, path);
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * A text input for one of the form's fields (by dotted path), with its id for the error
 * summary's link and its error. Both request forms use it: their paths are checked by the form.
 */
export function FieldInput<V extends FieldValues>({
  form,
  path,
  label,
  hint,
  required,
  type,
  autoComplete = 'off',
  max,
  min,
}: {
  form: UseFormReturn<V, unknown, unknown>;
  path: Path<V>;
  label: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'tel' | 'date';
  autoComplete?: string;
  max?: string;
  min?: string;
}) {
  return (
    <TextInput
      // A date needs no more room than this; a full-width one reads oddly.
      maw={type === 'date' ? 260 : undefined}
      inputWrapperOrder={HINT_BELOW}
      id={orderFieldId(path)}
      label={label}
      description={hint}
      required={required}
      type={type}
      autoComplete={autoComplete}
      min={min}
      max={max}
      {...form.register(path)}
      error={fieldError(form, path)}
    />
  );
}

/** A Dutch address under `prefix` (`client.address`, `delivery_address`). */
export function AddressFields<V extends FieldValues>({
  form,
  prefix,
}: {
  form: UseFormReturn<V, unknown, unknown>;
  prefix: string;
}) {
  const { t } = useTranslation();
  const path = (field: string) => `${prefix}.${field}` as Path<V>;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <FieldInput form={form} path={path('street')} label={t('orders.address.street')} required />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <FieldInput
          form={form}
          path={path('house_number')}
          label={t('orders.address.houseNumber')}
          required
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <FieldInput
          form={form}
          path={path('house_number_addition')}
          label={t('orders.address.addition')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <FieldInput
          form={form}
          path={path('postcode')}
          label={t('orders.address.postcode')}
          hint={t('orders.address.postcodeHint')}
          required
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <FieldInput form={form} path={path('city')} label={t('orders.address.city')} required />
      </Grid.Col>
    </Grid>
  );
}

/** Who is there when the branch comes: a name and a phone number. */
export function ContactFields<V extends FieldValues>({
  form,
}: {
  form: UseFormReturn<V, unknown, unknown>;
}) {
  const { t } = useTranslation();
  return (
    <FormSection
      id="order-section-contact"
      title={t('orders.form.contactTitle')}
      lead={t('orders.form.contactLead')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <FieldInput
          form={form}
          path={'contact.name' as Path<V>}
          label={t('orders.fields.contactName')}
          required
        />
        <FieldInput
          form={form}
          path={'contact.phone' as Path<V>}
          label={t('orders.fields.contactPhone')}
          type="tel"
          required
        />
      </SimpleGrid>
    </FormSection>
  );
}

/** The desired date (today or later) and notes for the branch. */
export function WhenFields<V extends FieldValues>({
  form,
}: {
  form: UseFormReturn<V, unknown, unknown>;
}) {
  const { t } = useTranslation();
  const notes = useWatch({ control: form.control, name: 'notes' as Path<V> }) as unknown;
  return (
    <FormSection id="order-section-when" title={t('orders.form.whenTitle')}>
      <FieldInput
        form={form}
        path={'desired_date' as Path<V>}
        label={t('orders.fields.desiredDate')}
        hint={t('orders.form.desiredDateHint')}
        type="date"
        min={todayInKring()}
        max={latestDesiredDate(todayInKring())}
        required
      />
      <Textarea
        inputWrapperOrder={COUNTER_BELOW}
        id={orderFieldId('notes')}
        label={t('orders.fields.notes')}
        description={
          <CharacterCount
            value={typeof notes === 'string' ? notes : ''}
            max={TEXT_MAX}
            hint={t('orders.form.notesHint')}
          />
        }
        rows={4}
        {...form.register('notes' as Path<V>)}
        error={fieldError(form, 'notes')}
      />
    </FormSection>
  );
}
