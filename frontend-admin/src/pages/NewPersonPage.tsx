import { isApiProblem } from '@kring/client';
import { errorMessage, LANGUAGES, type Language, PageHeader } from '@kring/common';
import { Alert, Card, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateAccount, type AccountCreate } from '../api/accounts';
import { FormActions } from '../components/FormActions';
import { RequireStaff } from '../components/RequireStaff';
import { OrganisationPicker } from '../people/OrganisationPicker';
import { ADMIN_PATHS, personPath } from '../paths';
import type { PersonLocationState } from './PersonPage';

/** Create a professional's account (the advisor flow): the activation e-mail goes out at once. */
export default function NewPersonPage() {
  return (
    <RequireStaff task="manage_accounts">
      <NewPerson />
    </RequireStaff>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
type TextField = 'email' | 'initials' | 'first_name' | 'prefix' | 'last_name';
type Errors = Partial<Record<TextField | 'organisation_id', string>>;

/** Field errors are shown at their fields; anything else above the buttons. */
function hasFieldErrors(error: unknown): boolean {
  return isApiProblem(error) && error.errors.length > 0;
}

function NewPerson() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAccount();
  const [values, setValues] = useState<Record<TextField, string>>({
    email: '',
    initials: '',
    first_name: '',
    prefix: '',
    last_name: '',
  });
  const [language, setLanguage] = useState<Language>('nl');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [portalAdmin, setPortalAdmin] = useState(false);
  const [portalEmployee, setPortalEmployee] = useState(true);
  const [errors, setErrors] = useState<Errors>({});

  const check = (): Errors => {
    const found: Errors = {};
    if (!EMAIL.test(values.email.trim())) found.email = t('newPerson.errors.email');
    if (!values.first_name.trim()) found.first_name = t('newPerson.errors.firstName');
    if (!values.last_name.trim()) found.last_name = t('newPerson.errors.lastName');
    if (!organisationId) found.organisation_id = t('newPerson.errors.organisation');
    return found;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0 || !organisationId) return;
    const optional = (value: string) => value.trim() || null;
    const body: AccountCreate = {
      email: values.email.trim(),
      initials: optional(values.initials),
      first_name: values.first_name.trim(),
      prefix: optional(values.prefix),
      last_name: values.last_name.trim(),
      language,
      organisation_id: organisationId,
      portal_admin: portalAdmin,
      portal_employee: portalEmployee,
    };
    create.mutate(body, {
      onSuccess: (account) => {
        const state: PersonLocationState = { created: true };
        void navigate(personPath(account.id), { state });
      },
      onError: (error) => {
        // The API's word on a field (e.g. an address already in use) goes next to that field.
        if (!isApiProblem(error)) return;
        const byField: Errors = {};
        for (const fieldError of error.errors) {
          const name = fieldError.field.split('.').pop() as keyof Errors;
          if (name && !byField[name]) byField[name] = fieldError.message;
        }
        setErrors(byField);
      },
    });
  };

  const field = (name: TextField, required = false) => (
    <TextInput
      id={`new-person-${name}`}
      label={t(`newPerson.fields.${name}`)}
      value={values[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((before) => ({ ...before, [name]: value }));
      }}
      error={errors[name]}
      required={required}
      type={name === 'email' ? 'email' : 'text'}
      autoComplete="off"
    />
  );

  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('newPerson.title')}
        lead={t('newPerson.lead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.people'), to: ADMIN_PATHS.people },
        ]}
      />
      <Card withBorder padding="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {field('email', true)}
            <Group grow gap="sm" wrap="wrap" align="flex-start">
              {field('initials')}
              {field('first_name', true)}
            </Group>
            <Group grow gap="sm" wrap="wrap" align="flex-start">
              {field('prefix')}
              {field('last_name', true)}
            </Group>
            <Select
              id="new-person-language"
              label={t('newPerson.fields.language')}
              description={t('newPerson.languageHelp')}
              data={LANGUAGES.map((value) => ({ value, label: t(`person.languages.${value}`) }))}
              value={language}
              onChange={(value) => value && setLanguage(value as Language)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <OrganisationPicker
              id="new-person-organisation"
              label={t('newPerson.fields.organisation')}
              value={organisationId}
              onChange={setOrganisationId}
              error={errors.organisation_id}
            />
            <Checkbox
              id="new-person-portal-employee"
              label={t('person.link.portalEmployee')}
              checked={portalEmployee}
              onChange={(event) => setPortalEmployee(event.currentTarget.checked)}
            />
            <Checkbox
              id="new-person-portal-admin"
              label={t('person.link.portalAdmin')}
              checked={portalAdmin}
              onChange={(event) => setPortalAdmin(event.currentTarget.checked)}
            />
            {create.isError && !hasFieldErrors(create.error) ? (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(create.error, t)}
              </Alert>
            ) : null}
            <FormActions
              submitLabel={t('newPerson.submit')}
              loading={create.isPending}
              cancelTo={ADMIN_PATHS.people}
            />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
