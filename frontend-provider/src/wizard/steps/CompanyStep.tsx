import { ErrorSummary, summaryFieldErrors, useZodForm } from '@kring/common';
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
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSaveCompany, type ProviderProfile } from '../../api/profile';
import { StepFrame } from '../StepFrame';
import { useStepSubmit } from '../useStepSubmit';
import type { StepProps } from '../Wizard';

const FIELDS = [
  'has_kvk',
  'company_name',
  'kvk_number',
  'address.street',
  'address.house_number',
  'address.postcode',
  'address.city',
  'work_address_differs',
] as const;

const YES_NO = ['no', 'yes'] as const;
// Four digits and two letters; SA, SD and SS are not used.
const DUTCH_POSTCODE = /^([1-9]\d{3})\s?(?![sS][aAdDsS])([A-Za-z]{2})$/;

type T = (key: string, options?: Record<string, unknown>) => string;

/** "3511ab" → "3511 AB", as the API stores it. */
export function normalisePostcode(postcode: string): string {
  const match = DUTCH_POSTCODE.exec(postcode.trim());
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : postcode.trim();
}

function companySchema(t: T) {
  const required = (key: string) => z.string().trim().min(1, t(key));
  return z
    .object({
      has_kvk: z.enum(YES_NO),
      company_name: z
        .string()
        .trim()
        .max(200, t('wizard.errors.tooLong', { max: 200 })),
      kvk_number: z.string().trim(),
      address: z.object({
        street: required('wizard.company.streetRequired').max(
          200,
          t('wizard.errors.tooLong', { max: 200 }),
        ),
        house_number: required('wizard.company.houseNumberRequired').max(
          20,
          t('wizard.errors.tooLong', { max: 20 }),
        ),
        postcode: z.string().trim().regex(DUTCH_POSTCODE, t('wizard.company.postcodeInvalid')),
        city: required('wizard.company.cityRequired').max(
          100,
          t('wizard.errors.tooLong', { max: 100 }),
        ),
      }),
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
 * Step "Bedrijf": the KvK number and company name when registered, and the address the work
 * area is measured from (the work address, when it differs from home). After saving, an address
 * that is not on the map is said at once, with the choice to correct it or go on.
 */
export function CompanyStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const save = useSaveCompany();
  const [notLocated, setNotLocated] = useState<ProviderProfile | null>(null);
  const schema = useMemo(() => companySchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      has_kvk: profile?.has_kvk ? 'yes' : 'no',
      company_name: profile?.company_name ?? '',
      kvk_number: profile?.kvk_number ?? '',
      address: {
        street: profile?.address?.street ?? '',
        house_number: profile?.address?.house_number ?? '',
        postcode: profile?.address?.postcode ?? '',
        city: profile?.address?.city ?? '',
      },
      work_address_differs: profile?.address_is_work_address ? 'yes' : 'no',
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const [hasKvk, differs] = useWatch({
    control: form.control,
    name: ['has_kvk', 'work_address_differs'],
  });
  const { onSubmit, formErrors, attempt, saved } = useStepSubmit(
    form,
    FIELDS,
    async (values) => {
      setNotLocated(null);
      const registered = values.has_kvk === 'yes';
      const stored = await save.mutateAsync({
        has_kvk: registered,
        company_name: registered ? values.company_name : null,
        kvk_number: registered ? values.kvk_number.replace(/[\s.]/g, '') : null,
        address: { ...values.address, postcode: normalisePostcode(values.address.postcode) },
        address_is_work_address: values.work_address_differs === 'yes',
      });
      if (stored.located) goOn(stored);
      else setNotLocated(stored);
    },
    (field) => (field === 'address_is_work_address' ? 'work_address_differs' : field),
  );
  const { errors, isSubmitting } = form.formState;
  const addressTitle =
    differs === 'yes' ? t('wizard.company.workAddress') : t('wizard.company.homeAddress');
  const fields = [
    { name: 'company_name', id: 'company-name', label: t('wizard.company.companyName') },
    { name: 'kvk_number', id: 'company-kvk', label: t('wizard.company.kvkNumber') },
    { name: 'address.street', id: 'company-street', label: t('wizard.company.street') },
    {
      name: 'address.house_number',
      id: 'company-house-number',
      label: t('wizard.company.houseNumber'),
    },
    { name: 'address.postcode', id: 'company-postcode', label: t('wizard.company.postcode') },
    { name: 'address.city', id: 'company-city', label: t('wizard.company.city') },
  ] as const;
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
          {t('wizard.company.addressHint')}
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              id="company-street"
              label={t('wizard.company.street')}
              autoComplete="address-line1"
              required
              {...form.register('address.street')}
              error={errors.address?.street?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              id="company-house-number"
              label={t('wizard.company.houseNumber')}
              required
              {...form.register('address.house_number')}
              error={errors.address?.house_number?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              id="company-postcode"
              label={t('wizard.company.postcode')}
              autoComplete="postal-code"
              required
              {...form.register('address.postcode')}
              error={errors.address?.postcode?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput
              id="company-city"
              label={t('wizard.company.city')}
              autoComplete="address-level2"
              required
              {...form.register('address.city')}
              error={errors.address?.city?.message}
            />
          </Grid.Col>
        </Grid>
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
