import { isApiProblem } from '@kring/client';
import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { functionLabel, useFunctionCodes } from '../api/organisation';
import { AskQuestionButton } from '../correspondence/AskQuestionButton';
import { DetailList } from '../components/DetailList';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { PRO_PATHS } from '../paths';
import {
  clock,
  SHIFTS_WHEN,
  useProject,
  useShifts,
  type Project,
  type Shift,
  type ShiftStatus,
  type ShiftsWhen,
} from './api';
import { projectsCrumbs } from './ProjectsFrame';
import { usePeriod } from './ProjectsPage';

/** One project: its details and address, its internal project leader, members and shifts. */
export default function ProjectPage() {
  return (
    <RequireMember>
      <ProjectView />
    </RequireMember>
  );
}

function ProjectView() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const { projectId } = useParams();
  const project = useProject(organisationId, projectId);
  const title = project.data?.name ?? t('projects.detail.loading');
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={title}
        lead={
          project.data
            ? [t(`projects.kind.${project.data.kind}`), project.data.address?.city]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
        crumbs={projectsCrumbs(t)}
      />
      {project.data ? (
        <ProjectBody project={project.data} />
      ) : project.isError ? (
        isApiProblem(project.error) &&
        (project.error.status === 404 || project.error.status === 422) ? (
          <EmptyState
            title={t('projects.detail.notFound')}
            action={
              <Button component={Link} to={PRO_PATHS.projects}>
                {t('projects.detail.back')}
              </Button>
            }
          />
        ) : (
          <ErrorState error={project.error} onRetry={() => void project.refetch()} />
        )
      ) : (
        <LoadingState />
      )}
    </Stack>
  );
}

function ProjectBody({ project }: { project: Project }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
        <Stack gap="lg">
          <Details project={project} />
          <Members project={project} />
          <Shifts project={project} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
        <Leadership project={project} />
      </Grid.Col>
    </Grid>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Details({ project }: { project: Project }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const address = project.address;
  return (
    <Section id="project-details" title={t('projects.detail.details')}>
      <DetailList
        details={[
          { label: t('projects.detail.kindLabel'), value: t(`projects.kind.${project.kind}`) },
          {
            label: t('projects.detail.periodLabel'),
            value: period(project.starts_on, project.ends_on),
          },
          {
            label: t('projects.detail.stateLabel'),
            value: project.current ? t('projects.detail.current') : t('projects.detail.ended'),
          },
          {
            label: t('projects.detail.address'),
            value: address ? (
              <>
                {address.street} {address.house_number}
                {address.house_number_addition ? ` ${address.house_number_addition}` : ''}
                <br />
                {address.postcode} {address.city}
              </>
            ) : (
              t('projects.detail.noAddress')
            ),
          },
          ...(project.description
            ? [{ label: t('projects.detail.description'), value: project.description }]
            : []),
        ]}
      />
    </Section>
  );
}

/** "Projectleiding: Interne projectleider <name>", with how to reach them. */
function Leadership({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const format = useFormat();
  const leader = project.leader;
  return (
    <Section id="project-leadership" title={t('projects.detail.leadership')}>
      <Stack gap={4}>
        <Text size="sm" c="dark.5">
          {t('projects.detail.internalLeader')}
        </Text>
        <Text fw={700} data-testid="project-leader">
          {leader.name}
        </Text>
        <Anchor href={`mailto:${leader.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {leader.email}
        </Anchor>
        {leader.phone ? (
          <Anchor href={`tel:${leader.phone}`} size="sm">
            {format.phone(leader.phone)}
          </Anchor>
        ) : null}
      </Stack>
      <Text size="sm">{t('projects.detail.askLead', { name: leader.name })}</Text>
      <Group>
        <AskQuestionButton
          organisationId={organisationId}
          projectId={project.id}
          projectName={project.name}
        />
      </Group>
    </Section>
  );
}

function Members({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { me } = useActiveMember();
  const functionCodes = useFunctionCodes();
  const myName = [me.first_name, me.prefix, me.last_name].filter(Boolean).join(' ');
  return (
    <Section id="project-members" title={t('projects.detail.members')}>
      <Text size="sm" c="dark.5">
        {t('projects.detail.membersLead')}
      </Text>
      {project.members.length === 0 ? (
        <Text size="sm">{t('projects.detail.noMembers')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {project.members.map((member) => {
            const work =
              functionLabel(functionCodes.data, member.function_code) ??
              member.function_on_business_card;
            return (
              <Group component="li" key={member.membership_id} gap="xs" wrap="wrap">
                <Text fw={600}>{member.name}</Text>
                {member.name === myName && project.i_am_member ? (
                  <Badge variant="outline" size="sm">
                    {t('projects.detail.you')}
                  </Badge>
                ) : null}
                {work ? (
                  <Text size="sm" c="dark.6">
                    {work}
                  </Text>
                ) : null}
                {member.email_services ? (
                  <Badge
                    variant="light"
                    color="kringTeal"
                    size="sm"
                    title={t('projects.detail.emailServicesHint')}
                  >
                    {t('projects.detail.emailServices')}
                  </Badge>
                ) : null}
              </Group>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

const STATUS_COLOURS: Record<ShiftStatus, string> = {
  planned: 'blue',
  confirmed: 'kringTeal',
  cancelled: 'gray',
};

function Shifts({ project }: { project: Project }) {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const [when, setWhen] = useState<ShiftsWhen>('upcoming');
  const shifts = useShifts(organisationId, project.id, when);
  const items = shifts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section id="project-shifts" title={t('projects.detail.shifts')}>
      <SegmentedControl
        value={when}
        onChange={(value) => setWhen(SHIFTS_WHEN.find((w) => w === value) ?? 'upcoming')}
        aria-label={t('projects.detail.shiftsLabel')}
        style={{ alignSelf: 'flex-start' }}
        data={SHIFTS_WHEN.map((value) => ({ value, label: t(`projects.detail.${value}`) }))}
      />
      {shifts.isPending ? (
        <LoadingState />
      ) : shifts.isError ? (
        <ErrorState error={shifts.error} onRetry={() => void shifts.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm">
          {when === 'upcoming' ? t('projects.detail.noUpcoming') : t('projects.detail.noPast')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            aria-label={t(`projects.detail.${when}`)}
            style={{ listStyle: 'none' }}
          >
            {items.map((shift) => (
              <ShiftRow key={shift.id} shift={shift} />
            ))}
          </Stack>
          {shifts.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void shifts.fetchNextPage()}
                loading={shifts.isFetchingNextPage}
              >
                {t('projects.loadMore')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

function ShiftRow({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const format = useFormat();
  const overnight = shift.ends_at <= shift.starts_at;
  const cancelled = shift.status === 'cancelled';
  return (
    <Card component="li" withBorder padding="sm" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} miw={0} style={{ flex: '1 1 220px' }}>
          <Text fw={600} td={cancelled ? 'line-through' : undefined}>
            {format.day(shift.works_on)}, {clock(shift.starts_at)}–{clock(shift.ends_at)}
            {overnight ? ` ${t('projects.detail.nextDay')}` : ''}
          </Text>
          <Text size="sm" c="dark.6">
            {t(`projects.function.${shift.function}`)} · {shift.worker_name}
          </Text>
          <Text size="sm" c="dark.5">
            {t('projects.detail.hours', { hours: format.number(Number(shift.hours), 2) })}
            {shift.break_minutes
              ? ` · ${t('projects.detail.breakMinutes', { minutes: shift.break_minutes })}`
              : ''}
          </Text>
        </Stack>
        <Badge variant="light" color={STATUS_COLOURS[shift.status]}>
          {t(`projects.status.${shift.status}`)}
        </Badge>
      </Group>
    </Card>
  );
}
