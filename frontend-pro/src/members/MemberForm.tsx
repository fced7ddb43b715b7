import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Button, Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldId, MemberFields, type MemberFormMode } from './MemberFields';
import {
  DETAIL_FIELDS,
  memberSchema,
  NEW_MEMBER_FIELDS,
  type MemberFormValues,
} from './memberForm';

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
  const labels: Partial<Record<keyof MemberFormValues, string>> = {
    initials: t('member.fields.initials'),
    first_name: t('member.fields.firstName'),
    prefix: t('member.fields.prefix'),
    last_name: t('member.fields.lastName'),
    birth_date: t('member.fields.birthDate'),
    gender: t('member.fields.gender'),
    email: t('member.fields.email'),
    phone: t('member.fields.phone'),
    mobile: t('member.fields.mobile'),
    department: t('member.fields.department'),
    function_code: t('member.fields.function'),
    function_on_business_card: t('member.fields.functionOnBusinessCard'),
    language: t('member.fields.language'),
  };
  const summaryFields = fields.flatMap((name) => {
    const label = labels[name];
    return label ? [{ name, id: fieldId(idPrefix, name), label }] : [];
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
