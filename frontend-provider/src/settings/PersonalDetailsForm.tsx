import {
  addressBody,
  addressForm,
  dutchAddressSchema,
  ErrorSummary,
  isEmptyAddress,
  LoadingState,
  type Me,
  type MeUpdate,
  summaryFieldErrors,
  useFormat,
  useFormSubmit,
  useMe,
  useUpdateMe,
  useZodForm,
  todayInKring,
} from '@kring/common';
import { Fieldset, Grid, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ADDRESS_FIELDS,
  AddressFields,
  addressFieldId,
  addressMessages,
} from '../address/AddressFields';
import { profileKeys } from '../api/keys';
import type { ProviderProfile } from '../api/profile';
import { StepFrame } from '../wizard/StepFrame';

type T = (key: string, options?: Record<string, unknown>) => string;

export const GENDERS = ['female', 'male', 'other'] as const;
/** The radio for "I'd rather not say": no gender stored. */
const NO_GENDER = '';

function detailsSchema(t: T) {
  const text = (max: number) => z.string().trim().max(max, t('wizard.errors.tooLong', { max }));
  const address = dutchAddressSchema(addressMessages(t));
  return z
    .object({
      first_name: text(100).min(1, t('details.firstNameRequired')),
      prefix: text(30),
      last_name: text(100),
      phone_for_questions: text(30),
      gender: z.enum([NO_GENDER, ...GENDERS]),
      birth_date: z
        .string()
        .refine(
          (value) => value === '' || (value >= '1900-01-01' && value <= todayInKring()),
          t('details.birthDateRange'),
        ),
      home_address: z.object({
        street: z.string(),
        house_number: z.string(),
        house_number_addition: z.string(),
        postcode: z.string(),
        city: z.string(),
      }),
    })
    .superRefine((values, ctx) => {
      // No address at all is fine; once anything is filled in, the address must be whole.
      if (isEmptyAddress(values.home_address)) return;
      const checked = address.safeParse(values.home_address);
      if (checked.success) return;
      for (const issue of checked.error.issues) {
        ctx.addIssue({
          code: 'custom',
          path: ['home_address', ...issue.path],
          message: issue.message,
        });
      }
    });
}

type DetailsValues = z.input<ReturnType<typeof detailsSchema>>;

const FIELDS = [
  'first_name',
  'prefix',
  'last_name',
  'phone_for_questions',
  'gender',
  'birth_date',
  ...ADDRESS_FIELDS.map((field) => `home_address.${field}` as const),
] as const;

/** Dutch numbers as people write them; others in the international form the API keeps. */
function phoneForInput(phone: string | null, formatPhone: (phone: string) => string): string {
  if (!phone) return '';
  return phone.startsWith('+31') ? formatPhone(phone) : phone;
}

function valuesFromMe(me: Me, formatPhone: (phone: string) => string): DetailsValues {
  return {
    first_name: me.first_name,
    prefix: me.prefix ?? '',
    last_name: me.last_name ?? '',
    phone_for_questions: phoneForInput(me.phone_for_questions, formatPhone),
    gender: me.gender ?? NO_GENDER,
    birth_date: me.birth_date ?? '',
    home_address: addressForm(me.home_address),
  };
}

/**
 * What the API gets: only what changed since the form was filled (so the audit trail names what
 * really changed, and a phone number shown the Dutch way is not sent back unless edited), and
 * empty fields as `null`. The address goes whole, or `null` when emptied.
 */
export function changedDetails(before: DetailsValues, after: DetailsValues): MeUpdate {
  const body: MeUpdate = {};
  const orNull = (value: string) => value.trim() || null;
  if (after.first_name.trim() !== before.first_name.trim())
    body.first_name = after.first_name.trim();
  if (after.prefix.trim() !== before.prefix.trim()) body.prefix = orNull(after.prefix);
  if (after.last_name.trim() !== before.last_name.trim()) body.last_name = orNull(after.last_name);
  if (after.phone_for_questions.trim() !== before.phone_for_questions.trim()) {
    body.phone_for_questions = orNull(after.phone_for_questions);
  }
  if (after.gender !== before.gender) body.gender = after.gender || null;
  if (after.birth_date !== before.birth_date) body.birth_date = after.birth_date || null;
  const address = (values: DetailsValues) =>
    isEmptyAddress(values.home_address) ? null : addressBody(values.home_address);
  if (JSON.stringify(address(after)) !== JSON.stringify(address(before))) {
    body.home_address = address(after);
  }
  return body;
}

/**
 * "Persoonlijke informatie" in the settings, as in the provider manual: name (with tussenvoegsel),
 * phone, gender, birth date and the home address with its addition. These are the account's
 * details (`me`); a provider without a separate work address has the work area measured from
 * this address, which is also the address of the company tab (one copy, changed from either).
 */
export function PersonalDetailsForm({ profile }: { profile: ProviderProfile | null }) {
  const me = useMe();
  if (!me.data) return <LoadingState />;
  return <DetailsForm me={me.data} profile={profile} />;
}

function DetailsForm({ me, profile }: { me: Me; profile: ProviderProfile | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUpdateMe();
  const queryClient = useQueryClient();
  const schema = useMemo(() => detailsSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: valuesFromMe(me, format.phone),
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      const body = changedDetails(form.formState.defaultValues as DetailsValues, values);
      if (Object.keys(body).length === 0) return;
      await update.mutateAsync(body);
      // The work area may be measured from the home address: the profile moves along.
      if (body.home_address !== undefined) {
        await queryClient.invalidateQueries({ queryKey: profileKeys.all });
      }
    },
    { resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const measuredFromHome =
    profile !== null &&
    !profile.address_is_work_address &&
    profile.completed_steps.includes('company');

  const id = (field: (typeof FIELDS)[number]) =>
    field.startsWith('home_address.')
      ? addressFieldId(
          'details',
          field.slice('home_address.'.length) as (typeof ADDRESS_FIELDS)[number],
        )
      : `details-${field.replace(/_/g, '-')}`;
  const labels: Record<(typeof FIELDS)[number], string> = {
    first_name: t('details.firstName'),
    prefix: t('details.prefix'),
    last_name: t('details.lastName'),
    phone_for_questions: t('details.phone'),
    gender: t('details.gender'),
    birth_date: t('details.birthDate'),
    'home_address.street': t('address.street'),
    'home_address.house_number': t('address.houseNumber'),
    'home_address.house_number_addition': t('address.addition'),
    'home_address.postcode': t('address.postcode'),
    'home_address.city': t('address.city'),
  };
  const summary = FIELDS.map((name) => ({ name, id: id(name), label: labels[name] }));
  const addressErrors = errors.home_address;

  return (
    <StepFrame
      title={t('details.title')}
      lead={t('details.lead')}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      mode="settings"
      saved={saved}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, summary)}
        attempt={attempt}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            id={id('first_name')}
            label={t('details.firstName')}
            autoComplete="given-name"
            required
            {...form.register('first_name')}
            error={errors.first_name?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput
            id={id('prefix')}
            label={t('details.prefix')}
            autoComplete="additional-name"
            {...form.register('prefix')}
            error={errors.prefix?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            id={id('last_name')}
            label={t('details.lastName')}
            autoComplete="family-name"
            {...form.register('last_name')}
            error={errors.last_name?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            id={id('phone_for_questions')}
            type="tel"
            label={t('details.phone')}
            description={t('details.phoneHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autoComplete="tel"
            {...form.register('phone_for_questions')}
            error={errors.phone_for_questions?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            id={id('birth_date')}
            type="date"
            label={t('details.birthDate')}
            min="1900-01-01"
            max={todayInKring()}
            autoComplete="bday"
            {...form.register('birth_date')}
            error={errors.birth_date?.message}
          />
        </Grid.Col>
      </Grid>

      <Controller
        control={form.control}
        name="gender"
        render={({ field }) => (
          <Radio.Group
            id={id('gender')}
            label={t('details.gender')}
            value={field.value}
            onChange={field.onChange}
            error={errors.gender?.message}
          >
            <Group gap="lg" mt={6}>
              {[...GENDERS, NO_GENDER].map((gender) => (
                <Radio
                  key={gender || 'none'}
                  value={gender}
                  label={t(`details.genders.${gender || 'none'}`)}
                />
              ))}
            </Group>
          </Radio.Group>
        )}
      />

      <Fieldset
        legend={t('details.homeAddress')}
        variant="unstyled"
        m={0}
        styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dark.5">
            {measuredFromHome ? t('details.homeAddressWorkArea') : t('details.homeAddressHint')}
          </Text>
          <AddressFields
            idPrefix="details"
            required={false}
            section="home"
            fields={{
              street: {
                registration: form.register('home_address.street'),
                error: addressErrors?.street?.message,
              },
              house_number: {
                registration: form.register('home_address.house_number'),
                error: addressErrors?.house_number?.message,
              },
              house_number_addition: {
                registration: form.register('home_address.house_number_addition'),
                error: addressErrors?.house_number_addition?.message,
              },
              postcode: {
                registration: form.register('home_address.postcode'),
                error: addressErrors?.postcode?.message,
              },
              city: {
                registration: form.register('home_address.city'),
                error: addressErrors?.city?.message,
              },
            }}
          />
        </Stack>
      </Fieldset>
    </StepFrame>
  );
}
