import {
  addressBody,
  addressForm,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useMe,
  useZodForm,
} from '@kring/common';
import { Checkbox, Fieldset, Grid, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateDossier, useSaveStep, type Dossier } from '../../api/dossiers';
import { whoSchema, type WhoInput } from './schemas';
import type { StepProps } from './stepProps';
import { WizardFrame } from './WizardFrame';

/** The languages offered first; a dossier's other languages are kept and shown too. */
const LANGUAGES = ['nl', 'fr', 'en', 'de', 'tr', 'ar', 'pl', 'es', 'pt', 'uk'];

function emptyWho(): WhoInput {
  return {
    first_name: '',
    name_prefix: '',
    last_name: '',
    birth_year: '',
    address: addressForm(null),
    languages: ['nl'],
    phone: '',
    email: '',
  };
}

function whoOf(dossier: Dossier): WhoInput {
  const who = dossier.who;
  return {
    first_name: who.first_name,
    name_prefix: who.name_prefix ?? '',
    last_name: who.last_name,
    birth_year: String(who.birth_year),
    address: addressForm(who.address),
    languages: who.languages,
    phone: who.phone,
    email: who.email ?? '',
  };
}

/** Step 1, "Wie": creates the dossier (on /dossiers/new) or changes who it is for. */
export function WhoStep({ dossier, onSaved }: StepProps) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const schema = useMemo(() => whoSchema(t, thisYear), [t, thisYear]);
  const form = useZodForm(schema, {
    defaultValues: dossier ? whoOf(dossier) : emptyWho(),
    shouldFocusError: false,
  });
  const create = useCreateDossier();
  const me = useMe();
  // Self sign-up: a help seeker starts their own dossier; their account's details fill it in.
  const [forSelf, setForSelf] = useState(false);
  const chooseFor = (value: string) => {
    const self = value === 'self';
    setForSelf(self);
    const person = me.data;
    if (!self || !person) return;
    const fill = (
      name: 'first_name' | 'name_prefix' | 'last_name' | 'email' | 'phone',
      to: string,
    ) => {
      if (to && !form.getValues(name)) form.setValue(name, to);
    };
    fill('first_name', person.first_name ?? '');
    fill('name_prefix', person.prefix ?? '');
    fill('last_name', person.last_name ?? '');
    fill('email', person.email);
    fill('phone', person.phone_for_questions ?? '');
    if (person.birth_date && !form.getValues('birth_year')) {
      form.setValue('birth_year', person.birth_date.slice(0, 4));
    }
    if (person.home_address && !form.getValues('address.street')) {
      form.setValue('address', addressForm(person.home_address));
    }
  };
  const save = useSaveStep(dossier?.id ?? '', 'who');
  const { register, control } = form;
  const errors = form.formState.errors;
  const names = useMemo(() => {
    const display = new Intl.DisplayNames([i18n.language], { type: 'language' });
    return (code: string) => display.of(code) ?? code;
  }, [i18n.language]);
  const languages = [
    ...LANGUAGES,
    ...(dossier?.who.languages ?? []).filter((code) => !LANGUAGES.includes(code)),
  ];

  const fields = [
    { name: 'first_name', id: 'who-first-name', label: t('dossiers.wizard.who.firstName') },
    { name: 'name_prefix', id: 'who-name-prefix', label: t('dossiers.wizard.who.namePrefix') },
    { name: 'last_name', id: 'who-last-name', label: t('dossiers.wizard.who.lastName') },
    { name: 'birth_year', id: 'who-birth-year', label: t('dossiers.wizard.who.birthYear') },
    { name: 'address.street', id: 'who-street', label: t('dossiers.wizard.address.street') },
    {
      name: 'address.house_number',
      id: 'who-house-number',
      label: t('dossiers.wizard.address.houseNumber'),
    },
    {
      name: 'address.house_number_addition',
      id: 'who-addition',
      label: t('dossiers.wizard.address.addition'),
    },
    { name: 'address.postcode', id: 'who-postcode', label: t('dossiers.wizard.address.postcode') },
    { name: 'address.city', id: 'who-city', label: t('dossiers.wizard.address.city') },
    { name: 'languages', id: 'who-languages', label: t('dossiers.wizard.who.languages') },
    { name: 'phone', id: 'who-phone', label: t('dossiers.wizard.who.phone') },
    { name: 'email', id: 'who-email', label: t('dossiers.wizard.who.email') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      const body = {
        first_name: values.first_name,
        name_prefix: values.name_prefix || null,
        last_name: values.last_name,
        birth_year: Number(values.birth_year),
        address: addressBody(values.address),
        languages: values.languages,
        phone: values.phone,
        email: values.email || null,
      };
      onSaved(
        dossier
          ? await save.mutateAsync(body)
          : await create.mutateAsync({ ...body, for_self: forSelf }),
      );
    },
    {
      rename: (field) => (field.startsWith('languages') ? 'languages' : field),
      resetOnSuccess: true,
    },
  );

  return (
    <WizardFrame
      step="who"
      dossierId={dossier?.id ?? null}
      completed={dossier?.completed_steps ?? []}
      title={dossier ? t('dossiers.wizard.who.title') : t('dossiers.wizard.newTitle')}
      lead={dossier ? t('dossiers.wizard.who.lead') : t('dossiers.wizard.who.title')}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      {dossier ? null : (
        <Radio.Group
          label={t('dossiers.wizard.who.forWhom')}
          value={forSelf ? 'self' : 'other'}
          onChange={chooseFor}
        >
          <Stack gap="xs" mt="xs">
            <Radio id="who-for-other" value="other" label={t('dossiers.wizard.who.forOther')} />
            <Radio id="who-for-self" value="self" label={t('dossiers.wizard.who.forSelf')} />
            {forSelf ? (
              <Text size="sm" c="dark.5">
                {t('dossiers.wizard.who.forSelfHint')}
              </Text>
            ) : null}
          </Stack>
        </Radio.Group>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            id="who-first-name"
            label={t('dossiers.wizard.who.firstName')}
            autoComplete="off"
            required
            error={errors.first_name?.message}
            {...register('first_name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 2 }}>
          <TextInput
            id="who-name-prefix"
            label={t('dossiers.wizard.who.namePrefix')}
            autoComplete="off"
            error={errors.name_prefix?.message}
            {...register('name_prefix')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <TextInput
            id="who-last-name"
            label={t('dossiers.wizard.who.lastName')}
            autoComplete="off"
            required
            error={errors.last_name?.message}
            {...register('last_name')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            id="who-birth-year"
            label={t('dossiers.wizard.who.birthYear')}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            required
            error={errors.birth_year?.message}
            {...register('birth_year')}
          />
        </Grid.Col>
      </Grid>

      <Fieldset
        legend={t('dossiers.wizard.who.address')}
        variant="unstyled"
        m={0}
        styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
      >
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              id="who-street"
              label={t('dossiers.wizard.address.street')}
              autoComplete="off"
              required
              error={errors.address?.street?.message}
              {...register('address.street')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput
              id="who-house-number"
              label={t('dossiers.wizard.address.houseNumber')}
              inputMode="numeric"
              required
              error={errors.address?.house_number?.message}
              {...register('address.house_number')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <TextInput
              id="who-addition"
              label={t('dossiers.wizard.address.addition')}
              error={errors.address?.house_number_addition?.message}
              {...register('address.house_number_addition')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              id="who-postcode"
              label={t('dossiers.wizard.address.postcode')}
              required
              error={errors.address?.postcode?.message}
              {...register('address.postcode')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              id="who-city"
              label={t('dossiers.wizard.address.city')}
              required
              error={errors.address?.city?.message}
              {...register('address.city')}
            />
          </Grid.Col>
        </Grid>
      </Fieldset>

      <Controller
        control={control}
        name="languages"
        render={({ field }) => (
          <Checkbox.Group
            id="who-languages"
            tabIndex={-1}
            label={t('dossiers.wizard.who.languages')}
            value={field.value}
            onChange={field.onChange}
            error={errors.languages?.message}
            withAsterisk
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
              {languages.map((code) => (
                <Checkbox key={code} value={code} label={names(code)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
      />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            id="who-phone"
            type="tel"
            label={t('dossiers.wizard.who.phone')}
            description={t('dossiers.wizard.who.phoneHint')}
            autoComplete="off"
            required
            error={errors.phone?.message}
            {...register('phone')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            id="who-email"
            type="email"
            label={t('dossiers.wizard.who.email')}
            autoComplete="off"
            error={errors.email?.message}
            {...register('email')}
          />
        </Grid.Col>
      </Grid>
    </WizardFrame>
  );
}
