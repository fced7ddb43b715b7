import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Button, Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addressFieldId } from './AddressFieldset';
import { fieldId, MemberFields, type MemberFormMode } from './MemberFields';
import {
  DETAIL_FIELDS,
  memberSchema,
  NEW_MEMBER_FIELDS,
  type MemberFormValues,
} from './memberForm';

const ADDRESS_LABELS: Record<string, string> = {
  street: 'street',
  house_number: 'houseNumber',
  house_number_addition: 'addition',
  postcode: 'postcode',
  city: 'city',
};

export interface MemberFormProps {
  mode: MemberFormMode;
  /** Starting values: the person's details, or an empty new contact person. */
  defaultValues: MemberFormValues;
  /** Saves; an ApiProblem it throws is shown on the fields and in the error summary. */
  onSave: (values: MemberFormValues) => Promise<void>;
  submitLabel: string;
  /** Where "Cancel" goes. */
  cancelTo: string;
}

/**
 * The contact-person form for adding one, changing one, and changing my own details: checked in
 * the browser with the API's limits, then by the API, whose refusals land on their fields.
 */
export function MemberForm({
  mode,
  defaultValues,
  onSave,
  submitLabel,
  cancelTo,
}: MemberFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => memberSchema(t, mode === 'create'), [t, mode]);
  const form = useZodForm(schema, {
    defaultValues,
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const fields = mode === 'create' ? NEW_MEMBER_FIELDS : DETAIL_FIELDS;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, fields, onSave);
  const idPrefix = `member-${mode}`;
  const labels: Partial<Record<string, string>> = {
    initials: t('member.fields.initials'),
    first_name: t('member.fields.firstName'),
    prefix: t('member.fields.prefix'),
    last_name: t('member.fields.lastName'),
    birth_date: t('member.fields.birthDate'),
    gender: t('member.fields.gender'),
    nickname: t('member.fields.nickname'),
    email: t('member.fields.email'),
    phone: t('member.fields.phone'),
    mobile: t('member.fields.mobile'),
    department: t('member.fields.department'),
    function_code: t('member.fields.function'),
    function_on_business_card: t('member.fields.functionOnBusinessCard'),
    language: t('member.fields.language'),
  };
  const summaryFields = fields.flatMap((name) => {
    const [which, part] = name.split('.');
    if (part && (which === 'address' || which === 'postal_address')) {
      const label = `${t(`member.addresses.${which}`)}: ${t(`member.addresses.${ADDRESS_LABELS[part] ?? part}`)}`;
      return [{ name, id: addressFieldId(idPrefix, which, part), label }];
    }
    const label = labels[name];
    return label ? [{ name, id: fieldId(idPrefix, name as keyof MemberFormValues), label }] : [];
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, summaryFields)}
          attempt={attempt}
        />
        <MemberFields
          form={form}
          mode={mode}
          idPrefix={idPrefix}
          savedContactForAllProjects={
            mode === 'create' ? undefined : defaultValues.contact_for_all_projects
          }
        />
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t('member.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
