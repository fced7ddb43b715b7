import { PageHeader, useFormat, useMe } from '@kring/common';
import { Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { mayDo } from '../api/staffTasks';
import { ListSearch } from '../components/ListSearch';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { OrganisationFilter } from '../orders/OrganisationFilter';
import { ADMIN_PATHS, PROJECT_PATHS, projectPath, withQuery } from '../paths';
import { useStaffProjects, type ProjectFilters, type StaffProjectSummary } from './api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Projects of client organisations; a care manager starts with the projects they lead. */
export default function ProjectsPage() {
  return (
    <RequireStaff task="view_projects">
      <Projects />
    </RequireStaff>
  );
}

/** The filters from the address; "mine" is on by default for care managers. */
function useFilters(): [ProjectFilters, (next: Partial<ProjectFilters>) => void] {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organisation = params.get('organisation');
  const mine = params.get('mine');
  const filters: ProjectFilters = {
    organisation: organisation && UUID.test(organisation) ? organisation : null,
    mine: mine === null ? me.data?.staff_role === 'care_manager' : mine === '1',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
  const change = (next: Partial<ProjectFilters>) => {
    const merged = { ...filters, ...next };
    void navigate(
      withQuery(PROJECT_PATHS.list, {
        organisation: merged.organisation,
        mine: merged.mine ? '1' : '0',
        q: merged.q || null,
      }),
    );
  };
  return [filters, change];
}

function Projects() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, change] = useFilters();
  const list = useStaffProjects(filters);
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('projects.title')}
        lead={t('projects.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          mayDo(me.data, 'manage_projects') ? (
            <Button component={Link} to={PROJECT_PATHS.new}>
              {t('projects.new')}
            </Button>
          ) : undefined
        }
      />
      <ListSearch
        id="projects-q"
        formLabel={t('projects.searchLabel')}
        label={t('projects.q')}
        q={filters.q}
        pathFor={(q) =>
          withQuery(PROJECT_PATHS.list, {
            organisation: filters.organisation,
            mine: filters.mine ? '1' : '0',
            q: q || null,
          })
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap" role="group" aria-label={t('projects.filters')}>
        <div style={{ flex: '1 1 260px', minWidth: 0, maxWidth: 480 }}>
          <OrganisationFilter
            id="projects-organisation"
            label={t('projects.filterOrganisation')}
            value={filters.organisation}
            onChange={(organisation) => change({ organisation })}
          />
        </div>
        <Checkbox
          label={t('projects.mine')}
          checked={filters.mine}
          onChange={(event) => change({ mine: event.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <MoreList
        query={list}
        empty={{
          title: t('projects.empty.title'),
          description: filters.mine ? t('projects.empty.mine') : t('projects.empty.body'),
        }}
        moreLabel={t('projects.more')}
        shownLabel={(count) => t('projects.shown', { count })}
      >
        {(projects) => <ProjectList projects={projects} />}
      </MoreList>
    </Stack>
  );
}

function ProjectList({ projects }: { projects: StaffProjectSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('projects.results')}>
        {projects.map((project, index) => (
          <Stack
            key={project.id}
            component="li"
            gap={4}
            p="md"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <Group gap="xs" justify="space-between" align="flex-start">
              <Anchor component={Link} to={projectPath(project.id)} fw={600}>
                {project.name}
              </Anchor>
              {project.current ? null : (
                <Badge variant="light" color="gray">
                  {t('projects.ended')}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              {project.organisation_name} · {t(`projects.kind.${project.kind}`)}
              {project.city ? ` · ${project.city}` : ''}
            </Text>
            <Text size="sm" c="dark.5">
              {project.ends_on
                ? t('projects.period', {
                    start: format.day(project.starts_on),
                    end: format.day(project.ends_on),
                  })
                : t('projects.since', { date: format.day(project.starts_on) })}
              {' · '}
              {t('projects.leaderLine', { name: project.leader_name })}
              {' · '}
              {t('projects.members', { count: project.member_count })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
