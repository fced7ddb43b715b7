import { LANGUAGE_NAMES, LANGUAGES, todayInKring } from '@kring/common';
import { Card, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFunctionCodes } from '../api/organisation';
import { AddressFieldset } from './AddressFieldset';
import { FlagSwitch } from './FlagSwitch';
import { GENDERS, type MemberFormValues } from './memberForm';
import { RightsFields } from './RightsFields';

/**
 * Whose form this is: a new contact person (e-mail, language and rights filled in here), another
 * contact person, or my own details (the texts speak to me).
 */
export type MemberFormMode = 'create' | 'edit' | 'self';

export interface MemberFieldsProps {
  form: UseFormReturn<MemberFormValues, unknown, MemberFormValues>;
  mode: MemberFormMode;
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  /** Contact for all projects as it was saved: turning it off shows a warning. */
  savedContactForAllProjects?: boolean;
}

/** Hints under the inputs, so the inputs of a row line up whether or not they have one. */
const HINT_BELOW: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** The input ids of a form, for the error summary's links. */
export function fieldId(idPrefix: string, field: keyof MemberFormValues): string {
  return `${idPrefix}-${field.replace(/_/g, '-')}`;
}

function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
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

/**
 * Careflex's contact-person fields in sections: personal details, work and how to reach them,
 * e-mails and projects (the two flags with their explanations), and for a new contact person
 * the rights.
 */
export function MemberFields({
  form,
  mode,
  idPrefix,
  savedContactForAllProjects,
}: MemberFieldsProps) {
  const { t } = useTranslation();
  const functionCodes = useFunctionCodes();
  const { errors } = form.formState;
  const id = (field: keyof MemberFormValues) => fieldId(idPrefix, field);
  const perspective = mode === 'self' ? 'self' : 'other';
  const [email, contactForAll] = useWatch({
    control: form.control,
    name: ['email', 'contact_for_all_projects'],
  });
  const turningOff = savedContactForAllProjects === true && !contactForAll;

  return (
    <Stack gap="lg">
      <Section id={`${idPrefix}-personal`} title={t('member.sections.personal')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('initials')}
            label={t('member.fields.initials')}
            description={t('member.hints.initials')}
            autoComplete="off"
            {...form.register('initials')}
            error={errors.initials?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('first_name')}
            label={t('member.fields.firstName')}
            autoComplete={mode === 'self' ? 'given-name' : 'off'}
            required
            {...form.register('first_name')}
            error={errors.first_name?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('prefix')}
            label={t('member.fields.prefix')}
            description={t('member.hints.prefix')}
            autoComplete="off"
            {...form.register('prefix')}
            error={errors.prefix?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('last_name')}
            label={t('member.fields.lastName')}
            autoComplete={mode === 'self' ? 'family-name' : 'off'}
            required
            {...form.register('last_name')}
            error={errors.last_name?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('birth_date')}
            type="date"
            label={t('member.fields.birthDate')}
            min="1900-01-01"
            max={todayInKring()}
            autoComplete={mode === 'self' ? 'bday' : 'off'}
            {...form.register('birth_date')}
            error={errors.birth_date?.message}
          />
          <NativeSelect
            inputWrapperOrder={HINT_BELOW}
            id={id('gender')}
            label={t('member.fields.gender')}
            data={[
              { value: '', label: t('member.choose') },
              ...GENDERS.map((gender) => ({ value: gender, label: t(`member.gender.${gender}`) })),
            ]}
            {...form.register('gender')}
            error={errors.gender?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('nickname')}
            label={t('member.fields.nickname')}
            description={t('member.hints.nickname')}
            autoComplete={mode === 'self' ? 'nickname' : 'off'}
            {...form.register('nickname')}
            error={errors.nickname?.message}
          />
        </SimpleGrid>
      </Section>

      <Section
        id={`${idPrefix}-addresses`}
        title={t('member.sections.addresses')}
        lead={t(`member.addresses.lead.${perspective}`)}
      >
        <AddressFieldset form={form} which="address" idPrefix={idPrefix} self={mode === 'self'} />
        <AddressFieldset
          form={form}
          which="postal_address"
          idPrefix={idPrefix}
          self={mode === 'self'}
        />
      </Section>

      <Section id={`${idPrefix}-work`} title={t('member.sections.work')}>
        {mode === 'create' ? (
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('email')}
            type="email"
            label={t('member.fields.email')}
            description={t('member.hints.email')}
            autoComplete="off"
            required
            {...form.register('email')}
            error={errors.email?.message}
          />
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('member.fields.email')}
            </Text>
            <Text style={{ overflowWrap: 'anywhere' }} data-testid="email-read-only">
              {email}
            </Text>
            <Text size="sm" c="dark.5">
              {mode === 'self' ? t('member.emailReadOnly') : t('member.emailReadOnlyOther')}
            </Text>
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('phone')}
            type="tel"
            label={t('member.fields.phone')}
            description={t('member.hints.phone')}
            autoComplete={mode === 'self' ? 'tel' : 'off'}
            {...form.register('phone')}
            error={errors.phone?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('mobile')}
            type="tel"
            label={t('member.fields.mobile')}
            description={t('member.hints.mobile')}
            autoComplete={mode === 'self' ? 'tel' : 'off'}
            {...form.register('mobile')}
            error={errors.mobile?.message}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('department')}
            label={t('member.fields.department')}
            autoComplete="off"
            {...form.register('department')}
            error={errors.department?.message}
          />
          <Controller
            control={form.control}
            name="function_code"
            render={({ field }) => (
              // Controlled: the functions arrive after the form, and the choice must show then.
              <NativeSelect
                inputWrapperOrder={HINT_BELOW}
                id={id('function_code')}
                label={t('member.fields.function')}
                description={t('member.hints.function')}
                data={[
                  { value: '', label: t('member.choose') },
                  ...(functionCodes.data ?? []).map((code) => ({
                    value: String(code.code),
                    label: code.label,
                  })),
                ]}
                {...field}
                error={errors.function_code?.message}
              />
            )}
          />
          <TextInput
            inputWrapperOrder={HINT_BELOW}
            id={id('function_on_business_card')}
            label={t('member.fields.functionOnBusinessCard')}
            autoComplete="off"
            {...form.register('function_on_business_card')}
            error={errors.function_on_business_card?.message}
          />
          {mode === 'create' ? (
            <NativeSelect
              inputWrapperOrder={HINT_BELOW}
              id={id('language')}
              label={t('member.fields.language')}
              description={t('member.hints.language')}
              data={LANGUAGES.map((language) => ({
                value: language,
                label: LANGUAGE_NAMES[language],
              }))}
              {...form.register('language')}
              error={errors.language?.message}
            />
          ) : null}
        </SimpleGrid>
      </Section>

      <Section
        id={`${idPrefix}-flags`}
        title={t('member.sections.flags')}
        lead={mode === 'self' ? t('flags.leadSelf') : t('flags.leadOther')}
      >
        <Controller
          control={form.control}
          name="email_services"
          render={({ field }) => (
            <FlagSwitch
              id={id('email_services')}
              label={t('flags.emailServices.label')}
              checked={field.value}
              onChange={field.onChange}
              on={t(`flags.emailServices.${perspective}.on`)}
              off={t(`flags.emailServices.${perspective}.off`)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="contact_for_all_projects"
          render={({ field }) => (
            <FlagSwitch
              id={id('contact_for_all_projects')}
              label={t('flags.contactForAllProjects.label')}
              checked={field.value}
              onChange={field.onChange}
              on={t(`flags.contactForAllProjects.${perspective}.on`)}
              off={t(`flags.contactForAllProjects.${perspective}.off`)}
              warning={
                turningOff ? (
                  <>
                    <Text size="sm" fw={700}>
                      {t('flags.contactForAllProjects.carefulTitle')}
                    </Text>
                    <Text size="sm">
                      {mode === 'self'
                        ? t('flags.contactForAllProjects.turningOffSelf')
                        : t('flags.contactForAllProjects.turningOffOther')}
                    </Text>
                  </>
                ) : undefined
              }
            />
          )}
        />
      </Section>

      {mode === 'create' ? (
        <Section
          id={`${idPrefix}-rights`}
          title={t('member.sections.rights')}
          lead={t('rights.leadCreate')}
        >
          <RightsController form={form} idPrefix={`${idPrefix}-rights`} />
        </Section>
      ) : null}
    </Stack>
  );
}

/** The two rights of a new contact person, as one pair of switches in the form. */
function RightsController({ form, idPrefix }: Pick<MemberFieldsProps, 'form' | 'idPrefix'>) {
  const admin = useController({ control: form.control, name: 'portal_admin' });
  const employee = useController({ control: form.control, name: 'portal_employee' });
  return (
    <RightsFields
      idPrefix={idPrefix}
      value={{ portal_admin: admin.field.value, portal_employee: employee.field.value }}
      onChange={(next) => {
        admin.field.onChange(next.portal_admin);
        employee.field.onChange(next.portal_employee);
      }}
    />
  );
}
