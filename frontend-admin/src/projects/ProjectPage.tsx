import { isApiProblem } from '@kring/client';
import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat, useMe } from '@kring/common';
import { Alert, Anchor, Button, Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, organisationPath, PROJECT_PATHS, projectPath } from '../paths';
import { useStaffProject, useUpdateProject, type StaffProject } from './api';
import { MembersCard } from './MembersCard';
import { ProjectForm } from './ProjectForm';
import { updateBody } from './projectSchema';
import { ShiftsCard } from './ShiftsCard';

/** One project: its details (changed in place), members and shifts. */
export default function ProjectPage() {
  return (
    <RequireStaff task="view_projects">
      <ProjectView />
    </RequireStaff>
  );
}

function ProjectView() {
  const { t } = useTranslation();
  const { projectId = '' } = useParams();
  const project = useStaffProject(projectId);
  const crumbs = [
    { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
    { label: t('projects.nav'), to: PROJECT_PATHS.list },
  ];
  if (project.isPending) return <LoadingState />;
  if (project.isError) {
    if (isApiProblem(project.error) && [404, 422].includes(project.error.status)) {
      return (
        <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
          <PageHeader title={t('projects.detail.notFound')} crumbs={crumbs} />
          <EmptyState
            title={t('projects.detail.notFound')}
            action={
              <Button component={Link} to={PROJECT_PATHS.list}>
                {t('projects.detail.back')}
              </Button>
            }
          />
        </Stack>
      );
    }
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }
  return <ProjectBody project={project.data} crumbs={crumbs} />;
}

function ProjectBody({
  project,
  crumbs,
}: {
  project: StaffProject;
  crumbs: { label: string; to: string }[];
}) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const created = (location.state as { saved?: string } | null)?.saved === 'created';
  const manage = mayDo(me.data, 'manage_projects');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useUpdateProject(project.id);
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={project.name}
        lead={`${project.organisation_name} · ${t(`projects.kind.${project.kind}`)}`}
        crumbs={crumbs}
        actions={
          manage && !editing ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              {t('projects.edit')}
            </Button>
          ) : undefined
        }
      />
      {created || saved ? (
        <Alert color="kringTeal" variant="light" role="status">
          {created && !saved ? t('projects.created') : t('projects.saved')}
        </Alert>
      ) : null}
      {editing ? (
        <ProjectForm
          project={project}
          submitLabel={t('projects.save')}
          cancelTo={projectPath(project.id)}
          onSave={async (values) => {
            await update.mutateAsync(updateBody(values));
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Details project={project} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <MembersCard project={project} manage={manage} />
          </Grid.Col>
        </Grid>
      )}
      <ShiftsCard project={project} manage={manage} />
    </Stack>
  );
}

function Details({ project }: { project: StaffProject }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = project.address;
  return (
    <SectionCard id="project-details" title={t('projects.detail.details')}>
      <Stack component="dl" gap="sm" m={0}>
        <DetailItem label={t('projects.fields.organisation_id')}>
          <Anchor component={Link} to={organisationPath(project.organisation_id)}>
            {project.organisation_name}
          </Anchor>
        </DetailItem>
        <DetailItem label={t('projects.fields.kind')}>
          {t(`projects.kind.${project.kind}`)}
        </DetailItem>
        <DetailItem label={t('projects.detail.period')}>
          {project.ends_on
            ? t('projects.period', {
                start: format.day(project.starts_on),
                end: format.day(project.ends_on),
              })
            : t('projects.since', { date: format.day(project.starts_on) })}
          {project.current ? '' : ` (${t('projects.ended')})`}
        </DetailItem>
        <DetailItem label={t('projects.fields.address')}>
          {address
            ? `${address.street} ${address.house_number}${
                address.house_number_addition ? ` ${address.house_number_addition}` : ''
              }, ${address.postcode} ${address.city}`
            : t('projects.detail.noAddress')}
        </DetailItem>
        <DetailItem label={t('projects.fields.leader_id')}>
          {project.leader.name} ({project.leader.email})
        </DetailItem>
        {project.description ? (
          <DetailItem label={t('projects.fields.description')}>{project.description}</DetailItem>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
