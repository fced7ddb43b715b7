import { PageHeader } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, PROJECT_PATHS, projectPath } from '../paths';
import { useCreateProject } from './api';
import { ProjectForm } from './ProjectForm';
import { createBody } from './projectSchema';

/** A new project of a client organisation (care managers and admins). */
export default function NewProjectPage() {
  return (
    <RequireStaff task="manage_projects">
      <NewProject />
    </RequireStaff>
  );
}

function NewProject() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProject();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('projects.newTitle')}
        lead={t('projects.newLead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('projects.nav'), to: PROJECT_PATHS.list },
        ]}
      />
      <ProjectForm
        submitLabel={t('projects.create')}
        cancelTo={PROJECT_PATHS.list}
        onSave={async (values) => {
          const project = await create.mutateAsync(createBody(values));
          void navigate(projectPath(project.id), { state: { saved: 'created' } });
        }}
      />
    </Stack>
  );
}
