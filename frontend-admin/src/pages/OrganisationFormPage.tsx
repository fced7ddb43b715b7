import { ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useCreateOrganisation,
  useOrganisation,
  useUpdateOrganisation,
  type Organisation,
} from '../api/organisations';
import { RequireStaff } from '../components/RequireStaff';
import { OrganisationForm } from '../organisations/OrganisationForm';
import { createBody, updateBody } from '../organisations/organisationSchema';
import { ADMIN_PATHS, ORGANISATION_PATHS, organisationPath } from '../paths';

/** What the organisation page says after a save. */
export interface OrganisationLocationState {
  saved?: 'created' | 'changed';
}

/** A new organisation (staff with manage_organisations). */
export function NewOrganisationPage() {
  return (
    <RequireStaff task="manage_organisations">
      <NewOrganisation />
    </RequireStaff>
  );
}

/** An organisation's details changed (staff with manage_organisations). */
export default function EditOrganisationPage() {
  return (
    <RequireStaff task="manage_organisations">
      <EditOrganisation />
    </RequireStaff>
  );
}

function NewOrganisation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('organisationForm.newTitle')}
        lead={t('organisationForm.newLead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.organisations'), to: ORGANISATION_PATHS.list },
        ]}
      />
      <OrganisationForm
        submitLabel={t('organisationForm.create')}
        cancelTo={ORGANISATION_PATHS.list}
        onSave={async (values) => {
          const organisation = await create.mutateAsync(createBody(values));
          const state: OrganisationLocationState = { saved: 'created' };
          void navigate(organisationPath(organisation.id), { state });
        }}
      />
    </Stack>
  );
}

function EditOrganisation() {
  const { organisationId = '' } = useParams();
  const organisation = useOrganisation(organisationId);
  if (organisation.isPending) return <LoadingState />;
  if (organisation.isError) {
    return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  }
  return <EditForm organisation={organisation.data} />;
}

function EditForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateOrganisation(organisation.id);
  const here = organisationPath(organisation.id);
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('organisationForm.editTitle', { name: organisation.name })}
        lead={t('organisationForm.editLead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.organisations'), to: ORGANISATION_PATHS.list },
          { label: organisation.name, to: here },
        ]}
      />
      <OrganisationForm
        organisation={organisation}
        submitLabel={t('organisationForm.save')}
        cancelTo={here}
        onSave={async (values, dirty) => {
          const body = updateBody(values, dirty);
          // Nothing changed: nothing to send.
          if (Object.keys(body).length > 0) await update.mutateAsync(body);
          const state: OrganisationLocationState = { saved: 'changed' };
          void navigate(here, { state });
        }}
      />
    </Stack>
  );
}
