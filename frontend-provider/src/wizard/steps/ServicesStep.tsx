import {
  ErrorSummary,
  summaryFieldErrors,
  useZodForm,
  type SummaryFieldError,
  useFormSubmit,
  CharacterCount,
  COUNTER_BELOW,
  useCategories,
} from '@kring/common';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveServices } from '../../api/profile';
import {
  emptyService,
  MAX_CATEGORIES,
  MAX_SERVICES,
  PRICE_NOTE_MAX,
  renameServiceField,
  serviceRow,
  servicesSchema,
  toServicesBody,
} from '../services/serviceForm';
import { PriceListField } from '../services/PriceListField';
import { ServiceFields } from '../services/ServiceFields';
import { sectionOrder, StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';

const SERVICE_FIELDS = ['name', 'price', 'unit', 'description'] as const;

/**
 * Step "Diensten & prijzen": the categories, any number of priced services (the member price
 * beside each price, computed live), a general note on prices, and an optional PDF price list
 * (stored as soon as it is chosen).
 */
export function ServicesStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const save = useSaveServices();
  const categories = useCategories();
  const schema = useMemo(() => servicesSchema(t), [t]);
  const stored = useMemo(() => profile?.services ?? [], [profile]);
  const form = useZodForm(schema, {
    defaultValues: {
      category_ids: profile?.categories.map((category) => category.id) ?? [],
      services: stored.length > 0 ? stored.map(serviceRow) : [emptyService()],
      price_note: profile?.price_note ?? '',
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const services = useFieldArray({ control: form.control, name: 'services' });
  const priceNote = useWatch({ control: form.control, name: 'price_note' });
  const saved = useMemo(() => new Map(stored.map((service) => [service.id, service])), [stored]);

  const names = [
    'category_ids',
    'price_note',
    ...services.fields.flatMap((_, index) =>
      SERVICE_FIELDS.map((field) => `services.${index}.${field}` as const),
    ),
  ] as const;
  const {
    onSubmit,
    formErrors,
    attempt,
    saved: justSaved,
  } = useFormSubmit(
    form,
    names,
    async (values) => goOn(await save.mutateAsync(toServicesBody(values))),
    { rename: renameServiceField, resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const summary: SummaryFieldError[] = [
    ...summaryFieldErrors(errors, [
      {
        name: 'category_ids',
        id: `category-${categories.data?.[0]?.id ?? ''}`,
        label: t('wizard.services.categories'),
      },
    ]),
    ...services.fields.flatMap((_, index) =>
      summaryFieldErrors(
        errors,
        SERVICE_FIELDS.map((field) => ({
          name: `services.${index}.${field}` as const,
          id: `service-${index}-${field}`,
          label: `${t('wizard.services.service', { number: index + 1 })}: ${t(`wizard.services.${field}`)}`,
        })),
      ),
    ),
    ...summaryFieldErrors(errors, [
      { name: 'price_note', id: 'services-price-note', label: t('wizard.services.priceNote') },
    ]),
  ];

  return (
    <StepFrame
      step="services"
      title={t('wizard.services.title')}
      lead={t('wizard.services.lead')}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      mode={mode}
      saved={justSaved}
    >
      <ErrorSummary messages={formErrors} fieldErrors={summary} attempt={attempt} />

      {categories.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm">{t('wizard.services.categoriesLoading')}</Text>
        </Group>
      ) : categories.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('common.states.errorBody')}
        </Alert>
      ) : (
        <Controller
          control={form.control}
          name="category_ids"
          render={({ field }) => (
            <Checkbox.Group
              label={t('wizard.services.categories')}
              description={t('wizard.services.categoriesHint', { max: MAX_CATEGORIES })}
              value={field.value}
              onChange={field.onChange}
              error={errors.category_ids?.message}
              withAsterisk
              labelProps={{ fz: 'md', fw: 700 }}
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt="sm">
                {categories.data.map((category) => (
                  <Checkbox
                    key={category.id}
                    id={`category-${category.id}`}
                    value={category.id}
                    label={category.name}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
      )}

      <Stack gap="md" component="section" aria-labelledby="services-price-list">
        <Stack gap={4}>
          <Title order={sectionOrder(mode)} size="h4" id="services-price-list">
            {t('wizard.services.priceList')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('wizard.services.priceListHint')}
          </Text>
        </Stack>
        <Alert variant="light" color="kringTeal" role="note">
          <Text size="sm">{t('wizard.services.memberNote')}</Text>
        </Alert>
        {services.fields.length === 0 ? (
          <Text size="sm" c="dark.5">
            {t('wizard.services.none')}
          </Text>
        ) : null}
        {services.fields.map((row, index) => (
          <ServiceFields
            key={row.id}
            index={index}
            control={form.control}
            register={form.register}
            errors={errors}
            saved={saved}
            onRemove={() => services.remove(index)}
          />
        ))}
        {services.fields.length >= MAX_SERVICES ? (
          <Text size="sm" c="dark.5">
            {t('wizard.services.tooMany', { max: MAX_SERVICES })}
          </Text>
        ) : null}
        <Button
          variant="light"
          disabled={services.fields.length >= MAX_SERVICES}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            services.append(emptyService(), {
              focusName: `services.${services.fields.length}.name`,
            })
          }
        >
          {t('wizard.services.add')}
        </Button>
      </Stack>

      <Textarea
        id="services-price-note"
        label={t('wizard.services.priceNote')}
        rows={3}
        resize="vertical"
        inputWrapperOrder={COUNTER_BELOW}
        description={
          <CharacterCount
            value={priceNote}
            max={PRICE_NOTE_MAX}
            hint={t('wizard.services.priceNoteHint')}
          />
        }
        {...form.register('price_note')}
        error={errors.price_note?.message}
      />
      <PriceListField priceList={profile?.price_list ?? null} headingOrder={sectionOrder(mode)} />
    </StepFrame>
  );
}
