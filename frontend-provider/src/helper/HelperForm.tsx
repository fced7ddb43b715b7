import {
  CharacterCount,
  COUNTER_BELOW,
  DayPartGrid,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  useCropHelperPhoto,
  useDeleteHelperPhoto,
  useSaveHelperProfile,
  useUploadHelperPhoto,
  type HelperProfile,
} from '../api/helper';
import { ADDRESS_FIELDS, AddressFields, addressFieldId } from '../address/AddressFields';
import { PlaceSearch } from '../wizard/availability/PlaceSearch';
import { RadiusField } from '../wizard/availability/RadiusField';
import { PhotoField, type PhotoHooks } from '../wizard/photo/PhotoField';
import { LanguagesField } from './LanguagesField';
import {
  helperBody,
  helperForm,
  helperSchema,
  INTRODUCTION_MAX,
  PROFILE_TEXT_MAX,
  RATE_MAX,
  RATE_MIN,
  renameHelperField,
  showsBank,
} from './schema';
import { SkillsField } from './SkillsField';

const HELPER_PHOTO: PhotoHooks = {
  useUpload: useUploadHelperPhoto,
  useCrop: useCropHelperPhoto,
  useDelete: () => {
    const remove = useDeleteHelperPhoto();
    return { ...remove, mutate: (_input: undefined, options) => remove.mutate(undefined, options) };
  },
};

const ADDRESS_LABELS = {
  street: 'address.street',
  house_number: 'address.houseNumber',
  house_number_addition: 'address.addition',
  postcode: 'address.postcode',
  city: 'address.city',
} as const;

/** One part of the form: a heading and what belongs under it. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', xs: 'md', sm: 'xl' }}>
      <Stack gap="md" component="section" aria-labelledby={id}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The helper profile in sections: about you (introduction, longer text, photo), what you help
 * with, languages, where (home address and a distance or places), when (the week), volunteer
 * or an hourly rate, and whether you accept new help seekers. Saved whole.
 */
export function HelperForm({ profile }: { profile: HelperProfile | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveHelperProfile();
  const schema = useMemo(() => helperSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: helperForm(profile, i18n.language),
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const [introduction, profileText, kind, workArea] = useWatch({
    control: form.control,
    name: ['introduction', 'profile_text', 'kind', 'work_area'],
  });
  const fields = [
    { name: 'introduction', id: 'helper-introduction', label: t('helper.about.introduction') },
    { name: 'profile_text', id: 'helper-profile-text', label: t('helper.about.profileText') },
    { name: 'skill_ids', id: 'helper-skills', label: t('helper.skills.label') },
    { name: 'languages', id: 'helper-languages', label: t('helper.languages.label') },
    ...ADDRESS_FIELDS.map((field) => ({
      name: `address.${field}` as const,
      id: addressFieldId('helper', field),
      label: t(ADDRESS_LABELS[field]),
    })),
    { name: 'radius_km', id: 'helper-radius', label: t('wizard.availability.radiusKm') },
    { name: 'places', id: 'helper-place-search', label: t('wizard.availability.placeSearch') },
    { name: 'day_parts', id: 'helper-day-parts', label: t('helper.when.title') },
    { name: 'rate', id: 'helper-rate', label: t('helper.kind.rate') },
    { name: 'iban', id: 'helper-iban', label: t('helper.bank.iban') },
    { name: 'account_holder', id: 'helper-account-holder', label: t('helper.bank.holder') },
  ] as const;
  const withBank = showsBank(kind, profile);
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      await save.mutateAsync(helperBody(values, withBank));
    },
    { rename: renameHelperField, resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const addressErrors = errors.address;
  const register = (field: (typeof ADDRESS_FIELDS)[number]) => ({
    registration: form.register(`address.${field}`),
    error: addressErrors?.[field]?.message,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <Section id="helper-about" title={t('helper.about.title')}>
          <Textarea
            id="helper-introduction"
            label={t('helper.about.introduction')}
            placeholder={t('helper.about.introductionHint')}
            rows={2}
            inputWrapperOrder={COUNTER_BELOW}
            description={<CharacterCount value={introduction} max={INTRODUCTION_MAX} />}
            error={errors.introduction?.message}
            {...form.register('introduction')}
          />
          <Textarea
            id="helper-profile-text"
            label={t('helper.about.profileText')}
            placeholder={t('helper.about.profileTextHint')}
            rows={6}
            resize="vertical"
            inputWrapperOrder={COUNTER_BELOW}
            description={<CharacterCount value={profileText} max={PROFILE_TEXT_MAX} />}
            error={errors.profile_text?.message}
            {...form.register('profile_text')}
          />
          {profile ? (
            <PhotoField
              photo={profile.photo}
              headingOrder={3}
              hooks={HELPER_PHOTO}
              hint={t('helper.about.photoHint')}
            />
          ) : (
            <Text size="sm" c="dark.5">
              {t('helper.about.photoLater')}
            </Text>
          )}
        </Section>

        <Section id="helper-skills-title" title={t('helper.skills.title')}>
          <Controller
            control={form.control}
            name="skill_ids"
            render={({ field }) => (
              <SkillsField
                id="helper-skills"
                value={field.value}
                onChange={field.onChange}
                error={errors.skill_ids?.message}
              />
            )}
          />
        </Section>

        <Section id="helper-languages-title" title={t('helper.languages.title')}>
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <LanguagesField
                id="helper-languages"
                value={field.value}
                onChange={field.onChange}
                error={errors.languages?.message}
              />
            )}
          />
        </Section>

        <Section id="helper-where" title={t('helper.where.title')}>
          <Fieldset
            legend={t('helper.where.home')}
            variant="unstyled"
            m={0}
            styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
          >
            <Text size="sm" c="dark.5" mb="sm">
              {t('helper.where.homeHint')}
            </Text>
            <AddressFields
              idPrefix="helper"
              required
              section="home"
              fields={{
                street: register('street'),
                house_number: register('house_number'),
                house_number_addition: register('house_number_addition'),
                postcode: register('postcode'),
                city: register('city'),
              }}
            />
          </Fieldset>
          {profile && !profile.located && !form.formState.isDirty ? (
            <Text role="alert" size="sm" c="red.9" fw={500}>
              {t('helper.missing.address')}
            </Text>
          ) : null}
          <Controller
            control={form.control}
            name="work_area"
            render={({ field }) => (
              <Radio.Group
                label={t('helper.where.area')}
                value={field.value}
                onChange={field.onChange}
                labelProps={{ fz: 'md', fw: 700 }}
              >
                <Stack gap="sm" mt="sm">
                  <Radio
                    id="helper-area-radius"
                    value="radius"
                    label={t('helper.where.radius')}
                    description={t('helper.where.radiusHint')}
                  />
                  <Radio
                    id="helper-area-places"
                    value="places"
                    label={t('helper.where.places')}
                    description={t('helper.where.placesHint')}
                  />
                </Stack>
              </Radio.Group>
            )}
          />
          {workArea === 'radius' ? (
            <Controller
              control={form.control}
              name="radius_km"
              render={({ field }) => (
                <RadiusField
                  id="helper-radius"
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.radius_km?.message}
                />
              )}
            />
          ) : (
            <Controller
              control={form.control}
              name="places"
              render={({ field }) => (
                <PlaceSearch
                  id="helper-place-search"
                  chosen={field.value}
                  onChange={field.onChange}
                  error={errors.places?.message}
                />
              )}
            />
          )}
        </Section>

        <Section id="helper-when" title={t('helper.when.title')}>
          <Fieldset
            id="helper-day-parts"
            tabIndex={-1}
            variant="unstyled"
            legend={<span id="helper-day-parts-legend">{t('helper.when.legend')}</span>}
            m={0}
            styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
          >
            <Text size="sm" c="dark.5" mb="sm">
              {t('helper.when.hint')}
            </Text>
            <Controller
              control={form.control}
              name="day_parts"
              render={({ field }) => (
                <DayPartGrid
                  labelledBy="helper-day-parts-legend"
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          </Fieldset>
        </Section>

        <Section id="helper-kind" title={t('helper.kind.title')}>
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                label={t('helper.kind.label')}
                value={field.value}
                onChange={field.onChange}
                labelProps={{ fz: 'md', fw: 700 }}
              >
                <Stack gap="sm" mt="sm">
                  <Radio
                    id="helper-kind-volunteer"
                    value="volunteer"
                    label={t('helper.kind.volunteer')}
                    description={t('helper.kind.volunteerHint')}
                  />
                  <Radio
                    id="helper-kind-paid"
                    value="paid"
                    label={t('helper.kind.paid')}
                    description={t('helper.kind.paidHint')}
                  />
                </Stack>
              </Radio.Group>
            )}
          />
          {kind === 'paid' ? (
            <Controller
              control={form.control}
              name="rate"
              render={({ field }) => (
                <NumberInput
                  id="helper-rate"
                  label={t('helper.kind.rate')}
                  description={t('helper.kind.rateHint', { min: RATE_MIN, max: RATE_MAX })}
                  min={RATE_MIN}
                  max={RATE_MAX}
                  step={0.5}
                  decimalScale={2}
                  decimalSeparator={i18n.language === 'en' ? '.' : ','}
                  allowNegative={false}
                  clampBehavior="none"
                  leftSection={<span aria-hidden="true">€</span>}
                  maw={220}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.rate?.message}
                  withAsterisk
                />
              )}
            />
          ) : null}
          {withBank ? (
            <Fieldset
              variant="unstyled"
              legend={t('helper.bank.title')}
              m={0}
              styles={{ legend: { fontWeight: 700, paddingInline: 0 } }}
            >
              <Text size="sm" c="dark.5" mb="sm">
                {t('helper.bank.lead')}
              </Text>
              <Stack gap="sm">
                <TextInput
                  id="helper-iban"
                  label={t('helper.bank.iban')}
                  description={t('helper.bank.ibanHint')}
                  autoComplete="off"
                  spellCheck={false}
                  maw={360}
                  error={errors.iban?.message}
                  {...form.register('iban')}
                />
                <TextInput
                  id="helper-account-holder"
                  label={t('helper.bank.holder')}
                  autoComplete="off"
                  maw={360}
                  error={errors.account_holder?.message}
                  {...form.register('account_holder')}
                />
              </Stack>
            </Fieldset>
          ) : null}
          <Controller
            control={form.control}
            name="accepting_new"
            render={({ field }) => (
              <Switch
                id="helper-accepting-new"
                label={t('helper.kind.acceptingNew')}
                description={t('helper.kind.acceptingNewHint')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                size="md"
              />
            )}
          />
        </Section>

        <Group>
          <Button type="submit" size="md" loading={isSubmitting}>
            {t('helper.save')}
          </Button>
        </Group>
        <div role="status">
          {saved && !isSubmitting ? (
            <Text data-testid="saved" size="sm" fw={700} c="kringTeal.9">
              {t('settings.saved')}
            </Text>
          ) : null}
        </div>
      </Stack>
    </form>
  );
}
