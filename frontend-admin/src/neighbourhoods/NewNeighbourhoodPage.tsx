import { PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, NEIGHBOURHOOD_PATHS, neighbourhoodPath } from '../paths';
import { useCreateNeighbourhood } from './api';
import { NeighbourhoodForm } from './NeighbourhoodForm';
import { neighbourhoodBody } from './neighbourhoodSchema';

/** A new neighbourhood: its areas may lie in no other one. */
export default function NewNeighbourhoodPage() {
  return (
    <RequireStaff task="manage_neighbourhoods">
      <NewNeighbourhood />
    </RequireStaff>
  );
}

function NewNeighbourhood() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateNeighbourhood();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('neighbourhoods.newTitle')}
        lead={t('neighbourhoods.newLead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('neighbourhoods.nav'), to: NEIGHBOURHOOD_PATHS.list },
        ]}
      />
      <NeighbourhoodForm
        submitLabel={t('neighbourhoods.create')}
        cancelTo={NEIGHBOURHOOD_PATHS.list}
        onSave={async (values) => {
          const made = await create.mutateAsync(neighbourhoodBody(values));
          void navigate(neighbourhoodPath(made.id));
        }}
      />
    </Stack>
  );
}
