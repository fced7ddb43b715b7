import {
  addressBody,
  addressForm,
  dutchAddressSchema,
  ErrorSummary,
  meKeys,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Alert,
  Button,
  Fieldset,
  Grid,
  Input,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ADDRESS_FIELDS,
  AddressFields,
  addressFieldId,
  addressMessages,
} from '../../address/AddressFields';
import { useSaveCompany, type ProviderProfile } from '../../api/profile';
import { VogField } from '../company/VogField';
import { sectionOrder, StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';

const FIELDS = [
  'has_kvk',
  'company_name',
  'kvk_number',
  ...ADDRESS_FIELDS.map((field) => `address.${field}` as const),
  'work_address_differs',
] as const;

const YES_NO = ['no', 'yes'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

function companySchema(t: T) {
  return z
    .object({
      has_kvk: z.enum(YES_NO),
      company_name: z
        .string()
        .trim()
        .max(200, t('wizard.errors.tooLong', { max: 200 })),
      kvk_number: z.string().trim(),
      address: dutchAddressSchema(addressMessages(t)),
      work_address_differs: z.enum(YES_NO),
    })
    .superRefine((values, ctx) => {
      if (values.has_kvk !== 'yes') return;
      if (!values.company_name) {
        ctx.addIssue({
          code: 'custom',
          path: ['company_name'],
          message: t('wizard.company.companyNameRequired'),
        });
      }
      const digits = values.kvk_number.replace(/[\s.]/g, '');
      if (!digits) {
        ctx.addIssue({
          code: 'custom',
          path: ['kvk_number'],
          message: t('wizard.company.kvkRequired'),
        });
      } else if (!/^\d{8}$/.test(digits)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kvk_number'],
          message: t('wizard.company.kvkInvalid'),
        });
      }
    });
}

/**
 * Step "Bedrijf": the KvK number and company name when registered (then also the certificate of
 * conduct, the VOG, which Kring checks), and the address the work area is measured from: the
 * work address when it differs from home, else the home address, which is the same one as in
 * "Persoonlijke informatie" (stored once). After saving, an address that is not on the map is
 * said at once, with the choice to correct it or go on.
 */
export function CompanyStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const save = useSaveCompany();
  const queryClient = useQueryClient();
  const [notLocated, setNotLocated] = useState<ProviderProfile | null>(null);
  const schema = useMemo(() => companySchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      has_kvk: profile?.has_kvk ? 'yes' : 'no',
      company_name: profile?.company_name ?? '',
      kvk_number: profile?.kvk_number ?? '',
      address: addressForm(profile?.address),
      work_address_differs: profile?.address_is_work_address ? 'yes' : 'no',
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const [hasKvk, differs] = useWatch({
    control: form.control,
    name: ['has_kvk', 'work_address_differs'],
  });
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      setNotLocated(null);
      const registered = values.has_kvk === 'yes';
      const stored = await save.mutateAsync({
        has_kvk: registered,
        company_name: registered ? values.company_name : null,
        kvk_number: registered ? values.kvk_number.replace(/[\s.]/g, '') : null,
        address: addressBody(values.address),
        address_is_work_address: values.work_address_differs === 'yes',
      });
      // Without a separate work address this was the home address: "me" has it too.
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
      if (stored.located) goOn(stored);
      else setNotLocated(stored);
    },
    {
      rename: (field) => (field === 'address_is_work_address' ? 'work_address_differs' : field),
      resetOnSuccess: true,
    },
  );
  const { errors, isSubmitting } = form.formState;
  const addressTitle =
    differs === 'yes' ? t('wizard.company.workAddress') : t('wizard.company.homeAddress');
  const fields = [
    { name: 'company_name', id: 'company-name', label: t('wizard.company.companyName') },
    { name: 'kvk_number', id: 'company-kvk', label: t('wizard.company.kvkNumber') },
    ...ADDRESS_LABELS.map(([field, label]) => ({
      name: `address.${field}` as const,
      id: addressFieldId('company', field),
      label: t(label),
    })),
  ] as const;
  const addressErrors = errors.address;
  const savedAddressShown = Boolean(profile?.address) && !form.formState.isDirty && !notLocated;

  return (
    <StepFrame
      step="company"
      title={t('wizard.company.title')}
      lead={t('wizard.company.lead')}
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
      <Stack gap="md">
        <YesNo name="has_kvk" label={t('wizard.company.hasKvk')} control={form.control} />
        {hasKvk === 'yes' ? (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextInput
                id="company-name"
                label={t('wizard.company.companyName')}
                autoComplete="organization"
                required
                {...form.register('company_name')}
                error={errors.company_name?.message}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                id="company-kvk"
                label={t('wizard.company.kvkNumber')}
                description={t('wizard.company.kvkHint')}
                // The hint under the field keeps both fields of the row level.
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                inputMode="numeric"
                required
                {...form.register('kvk_number')}
                error={errors.kvk_number?.message}
              />
            </Grid.Col>
          </Grid>
        ) : null}
      </Stack>

      {hasKvk === 'yes' ? <VogField profile={profile} headingOrder={sectionOrder(mode)} /> : null}

      <YesNo
        name="work_address_differs"
        label={t('wizard.company.workAddressDiffers')}
        control={form.control}
      />

      <Fieldset
        legend={addressTitle}
        variant="unstyled"
        m={0}
        styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
      >
        <Text size="sm" c="dark.5" mb="sm">
          {differs === 'yes' ? t('wizard.company.addressHint') : t('wizard.company.homeHint')}
        </Text>
        <AddressFields
          idPrefix="company"
          required
          section={differs === 'yes' ? 'work' : 'home'}
          fields={{
            street: {
              registration: form.register('address.street'),
              error: addressErrors?.street?.message,
            },
            house_number: {
              registration: form.register('address.house_number'),
              error: addressErrors?.house_number?.message,
            },
            house_number_addition: {
              registration: form.register('address.house_number_addition'),
              error: addressErrors?.house_number_addition?.message,
            },
            postcode: {
              registration: form.register('address.postcode'),
              error: addressErrors?.postcode?.message,
            },
            city: {
              registration: form.register('address.city'),
              error: addressErrors?.city?.message,
            },
          }}
        />
      </Fieldset>

      {profile && savedAddressShown ? <LocatedNote located={profile.located} /> : null}
      {notLocated ? (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          title={t('wizard.company.notLocatedTitle')}
        >
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('wizard.company.notLocated')}</Text>
            {mode === 'wizard' ? (
              <Button variant="white" color="dark" onClick={() => goOn(notLocated)}>
                {t('wizard.company.goOnAnyway')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </StepFrame>
  );
}

const ADDRESS_LABELS = [
  ['street', 'address.street'],
  ['house_number', 'address.houseNumber'],
  ['house_number_addition', 'address.addition'],
  ['postcode', 'address.postcode'],
  ['city', 'address.city'],
] as const;

/** Whether the stored address was found on the map. */
function LocatedNote({ located }: { located: boolean }) {
  const { t } = useTranslation();
  return located ? (
    <Alert color="kringTeal" variant="light" role="note" data-testid="located">
      <Text size="sm">{t('wizard.company.located')}</Text>
    </Alert>
  ) : (
    <Alert color="orange" variant="light" role="note" data-testid="located">
      <Text size="sm">{t('wizard.company.notLocated')}</Text>
    </Alert>
  );
}

/** A "Nee / Ja" switch with its label, as in the source. */
function YesNo({
  name,
  label,
  control,
}: {
  name: 'has_kvk' | 'work_address_differs';
  label: string;
  control: ReturnType<typeof useZodForm<ReturnType<typeof companySchema>>>['control'];
}) {
  const { t } = useTranslation();
  const labelId = `company-${name}-label`;
  return (
    <Stack gap={6}>
      <Input.Label id={labelId} component="div">
        {label}
      </Input.Label>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <SegmentedControl
            aria-labelledby={labelId}
            value={field.value}
            onChange={field.onChange}
            data={YES_NO.map((value) => ({ value, label: t(`wizard.company.${value}`) }))}
            style={{ alignSelf: 'flex-start' }}
            miw={180}
          />
        )}
      />
    </Stack>
  );
}
