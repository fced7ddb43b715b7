import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../components/SectionCard';
import { useOrganisationContacts, useProjectMember, type StaffProject } from './api';

/**
 * The project's members: the organisation's contact persons in it. Care managers and admins add
 * one of the organisation's contact persons, or remove one (their flag stays as it is).
 */
export function MembersCard({ project, manage }: { project: StaffProject; manage: boolean }) {
  const { t } = useTranslation();
  const change = useProjectMember(project.id);
  const [error, setError] = useState<string | null>(null);
  const act = (membershipId: string, on: boolean) => {
    setError(null);
    change.mutate({ membershipId, on }, { onError: () => setError(t('common.states.errorBody')) });
  };
  return (
    <SectionCard
      id="project-members"
      title={t('projects.detail.members')}
      lead={t('projects.detail.membersLead')}
    >
      {project.members.length === 0 ? (
        <Text size="sm">{t('projects.detail.noMembers')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('projects.detail.members')}>
          {project.members.map((member) => (
            <Group
              component="li"
              key={member.membership_id}
              justify="space-between"
              gap="xs"
              wrap="wrap"
              style={{ listStyle: 'none' }}
            >
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {member.name}
                </Text>
                {member.email_services ? (
                  <Badge variant="light" size="sm">
                    {t('projects.detail.emailServices')}
                  </Badge>
                ) : null}
                {member.contact_for_all_projects ? (
                  <Badge variant="light" color="gray" size="sm">
                    {t('projects.detail.allProjects')}
                  </Badge>
                ) : null}
              </Group>
              {manage ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => act(member.membership_id, false)}
                  aria-label={t('projects.detail.removeMember', { name: member.name })}
                >
                  {t('projects.detail.remove')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      )}
      {manage ? (
        <AddMember project={project} onAdd={(id) => act(id, true)} busy={change.isPending} />
      ) : null}
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </SectionCard>
  );
}

/** One of the organisation's contact persons who is not a member yet. */
function AddMember({
  project,
  onAdd,
  busy,
}: {
  project: StaffProject;
  onAdd: (membershipId: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The server searches (an organisation can have hundreds); once one is picked, the box shows
  // its label, which is no search.
  const members = useOrganisationContacts(
    project.organisation_id,
    chosen && search === chosen.label ? '' : debounced,
  );
  const inProject = new Set(project.members.map((member) => member.membership_id));
  const found = (members.data?.items ?? [])
    .filter((member) => !inProject.has(member.id))
    .map((member) => ({ value: member.id, label: `${member.full_name} (${member.email})` }));
  const options =
    chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  const more = members.data?.next_cursor != null;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        id="project-add-member"
        label={t('projects.detail.addMember')}
        placeholder={t('projects.detail.addMemberPlaceholder')}
        description={more ? t('projects.detail.addMemberMore') : undefined}
        data={options}
        value={chosen?.value ?? null}
        onChange={(value, option) =>
          setChosen(value && option ? { value, label: option.label } : null)
        }
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        clearable
        nothingFoundMessage={
          members.isFetching ? t('projects.detail.searching') : t('projects.detail.noCandidates')
        }
        comboboxProps={{ withinPortal: true }}
        style={{ flex: '1 1 260px' }}
      />
      <Button
        disabled={!chosen}
        loading={busy}
        onClick={() => {
          if (chosen) onAdd(chosen.value);
          setChosen(null);
          setSearch('');
        }}
      >
        {t('projects.detail.add')}
      </Button>
    </Group>
  );
}
