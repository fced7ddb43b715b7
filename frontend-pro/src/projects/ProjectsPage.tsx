import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { projectPath, PRO_PATHS } from '../paths';
import { PROJECT_VIEWS, useProjects, type ProjectSummary, type ProjectView } from './api';

/**
 * "Projecten": the projects I am a member of ("Mijn projecten", the default) and, for portal
 * admins, all of the organisation's ("Alle projecten"); each row opens the project's page.
 */
export default function ProjectsPage() {
  return (
    <RequireMember>
      <Projects />
    </RequireMember>
  );
}

function Projects() {
  const { t } = useTranslation();
  const { organisationId, isAdmin } = useActiveMember();
  // The choice lives in the address, so "back" from a project returns to the same list.
  const [params, setParams] = useSearchParams();
  const asked = PROJECT_VIEWS.find((view) => view === params.get('view'));
  // An employee sees only their own projects: there is no "all" for them to choose.
  const view: ProjectView = isAdmin && asked ? asked : 'mine';
  const projects = useProjects(organisationId, view);
  const items = projects.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={isAdmin ? t('projects.title') : t('projects.view.mine')}
        lead={isAdmin ? t('projects.leadAdmin') : t('projects.leadEmployee')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
      />
      {isAdmin ? (
        <SegmentedControl
          value={view}
          onChange={(value) => setParams(value === 'all' ? { view: 'all' } : {}, { replace: true })}
          aria-label={t('projects.view.label')}
          style={{ alignSelf: 'flex-start' }}
          data={PROJECT_VIEWS.map((value) => ({ value, label: t(`projects.view.${value}`) }))}
        />
      ) : null}
      <Text size="sm" c="dark.5" role="status" aria-live="polite" data-testid="projects-count">
        {projects.data && items.length > 0
          ? projects.hasNextPage
            ? t('projects.shown', { count: items.length })
            : t('projects.count', { count: items.length })
          : ''}
      </Text>
      {projects.isPending ? (
        <LoadingState />
      ) : projects.isError ? (
        <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />
      ) : items.length === 0 ? (
        view === 'all' ? (
          <EmptyState title={t('projects.emptyAll')} />
        ) : (
          <EmptyState title={t('projects.emptyMine')} description={t('projects.emptyMineHint')} />
        )
      ) : (
        <Stack gap="md">
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            aria-label={t('projects.listLabel')}
            aria-busy={projects.isPlaceholderData || undefined}
            style={{ listStyle: 'none', opacity: projects.isPlaceholderData ? 0.6 : 1 }}
          >
            {items.map((project) => (
              <ProjectRow key={project.id} project={project} showMembership={view === 'all'} />
            ))}
          </Stack>
          {projects.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void projects.fetchNextPage()}
                loading={projects.isFetchingNextPage}
              >
                {t('projects.loadMore')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Stack>
  );
}

/** The dates of a project: "Sinds 1 januari 2026", or "1 januari 2026 t/m 30 juni 2027". */
export function usePeriod() {
  const { t } = useTranslation();
  const format = useFormat();
  return (starts: string, ends: string | null) =>
    ends
      ? t('projects.period', { start: format.day(starts), end: format.day(ends) })
      : t('projects.since', { date: format.day(starts) });
}

function ProjectRow({
  project,
  showMembership,
}: {
  project: ProjectSummary;
  showMembership: boolean;
}) {
  const { t } = useTranslation();
  const period = usePeriod();
  const about = [t(`projects.kind.${project.kind}`), project.city].filter(Boolean).join(' · ');
  return (
    <li>
      <Card
        component={Link}
        to={projectPath(project.id)}
        withBorder
        padding="md"
        radius="md"
        style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
      >
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} miw={0} style={{ flex: '1 1 260px' }}>
            <Text fw={700} size="lg" c="kringTeal.8" style={{ overflowWrap: 'anywhere' }}>
              {project.name}
            </Text>
            <Text size="sm" c="dark.6">
              {about}
            </Text>
            <Text size="sm" c="dark.5">
              {period(project.starts_on, project.ends_on)}
            </Text>
            <Text size="sm" c="dark.5">
              {t('projects.leaderLine', { name: project.leader_name })} ·{' '}
              {t('projects.members', { count: project.member_count })}
            </Text>
          </Stack>
          <Group gap="xs">
            {showMembership && project.i_am_member ? (
              <Badge variant="light" color="kringTeal">
                {t('projects.member')}
              </Badge>
            ) : null}
            {project.current ? null : (
              <Badge variant="light" color="gray">
                {t('projects.ended')}
              </Badge>
            )}
          </Group>
        </Group>
      </Card>
    </li>
  );
}
