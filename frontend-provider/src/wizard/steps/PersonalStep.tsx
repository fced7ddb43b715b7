import { ErrorSummary, summaryFieldErrors, useFormSubmit, useMe, useZodForm } from '@kring/common';
import { Autocomplete, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSavePersonal, type ServiceKind } from '../../api/profile';
import { StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';

const SERVICE_KINDS = ['home_services', 'courses_activities', 'discounts_offers'] as const;
const HEARD_FROM = ['provider', 'neighbours', 'internet', 'press', 'organisation'] as const;
const FIELDS = ['service_kinds', 'first_name', 'heard_from'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

function personalSchema(t: T) {
  return z.object({
    service_kinds: z.array(z.enum(SERVICE_KINDS)).min(1, t('wizard.personal.kindsRequired')),
    first_name: z
      .string()
      .trim()
      .min(1, t('wizard.personal.firstNameRequired'))
      .max(100, t('wizard.errors.tooLong', { max: 100 })),
    heard_from: z
      .string()
      .trim()
      .max(200, t('wizard.errors.tooLong', { max: 200 })),
  });
}

/** Step "Persoonlijk": which kinds of services, my first name, how I heard of Kring. */
export function PersonalStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const me = useMe();
  const save = useSavePersonal();
  const schema = useMemo(() => personalSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      service_kinds: profile?.service_kinds ?? [],
      first_name: profile?.first_name ?? me.data?.first_name ?? '',
      heard_from: profile?.heard_from ?? '',
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      goOn(
        await save.mutateAsync({
          service_kinds: values.service_kinds as ServiceKind[],
          first_name: values.first_name,
          heard_from: values.heard_from || null,
        }),
      );
    },
    { resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const fields = [
    {
      name: 'service_kinds',
      id: 'personal-kind-home_services',
      label: t('wizard.personal.summary.kinds'),
    },
    {
      name: 'first_name',
      id: 'personal-first-name',
      label: t('wizard.personal.summary.firstName'),
    },
    {
      name: 'heard_from',
      id: 'personal-heard-from',
      label: t('wizard.personal.summary.heardFrom'),
    },
  ] as const;

  return (
    <StepFrame
      step="personal"
      title={t('wizard.personal.title')}
      lead={t('wizard.personal.lead')}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      mode={mode}
      saved={saved}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <Controller
        control={form.control}
        name="service_kinds"
        render={({ field }) => (
          <Checkbox.Group
            label={t('wizard.personal.kinds')}
            description={t('wizard.personal.kindsHint')}
            value={field.value}
            onChange={field.onChange}
            error={errors.service_kinds?.message}
            withAsterisk
          >
            <Stack gap="sm" mt="xs">
              {SERVICE_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  id={`personal-kind-${kind}`}
                  value={kind}
                  label={t(`wizard.personal.kind.${kind}`)}
                  description={t(`wizard.personal.kindHint.${kind}`)}
                  onBlur={field.onBlur}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      />
      <TextInput
        id="personal-first-name"
        label={t('wizard.personal.firstName')}
        autoComplete="given-name"
        required
        {...form.register('first_name')}
        error={errors.first_name?.message}
      />
      <Controller
        control={form.control}
        name="heard_from"
        render={({ field }) => (
          <Autocomplete
            id="personal-heard-from"
            label={t('wizard.personal.heardFrom')}
            description={t('wizard.personal.heardFromHint')}
            data={HEARD_FROM.map((key) => t(`wizard.personal.heardFromOptions.${key}`))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errors.heard_from?.message}
          />
        )}
      />
      {me.data ? (
        <Text size="sm" c="dark.5">
          {t('wizard.personal.loginNote', { email: me.data.email })}
        </Text>
      ) : null}
    </StepFrame>
  );
}
