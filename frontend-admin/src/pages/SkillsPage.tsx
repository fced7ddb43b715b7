import {
  EmptyState,
  ErrorState,
  LANGUAGES,
  LoadingState,
  PageHeader,
  toLanguage,
} from '@kring/common';
import { Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCreateSkill,
  useNamedSkills,
  useRenameSkill,
  type NamedSkill,
  type SkillGroup,
} from '../api/skills';
import { RequireStaff } from '../components/RequireStaff';
import { NamesDialog } from '../namedLists/NamesDialog';
import { ADMIN_PATHS } from '../paths';

/** The skills list (what help seekers need, helpers and neighbours offer), by group. */
export default function SkillsPage() {
  return (
    <RequireStaff task="manage_skills">
      <Skills />
    </RequireStaff>
  );
}

function Skills() {
  const { t } = useTranslation();
  const skills = useNamedSkills();
  const [adding, setAdding] = useState(false);
  const create = useCreateSkill();
  // The groups as the list names them, in its order.
  const groups = useMemo(() => {
    const seen = new Map<string, string>();
    for (const skill of skills.data ?? []) seen.set(skill.group, skill.group_name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [skills.data]);
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('skills.title')}
        lead={t('skills.lead', { count: skills.data?.length ?? 0 })}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          <Button onClick={() => setAdding(true)} disabled={!skills.data}>
            {t('skills.add')}
          </Button>
        }
      />
      {skills.error ? (
        <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />
      ) : skills.isPending || !skills.data ? (
        <LoadingState />
      ) : skills.data.length === 0 ? (
        <EmptyState title={t('skills.empty.title')} description={t('skills.empty.body')} />
      ) : (
        groups.map((group) => (
          <SkillGroupCard
            key={group.value}
            title={group.label}
            skills={skills.data?.filter((skill) => skill.group === group.value) ?? []}
          />
        ))
      )}
      <NamesDialog
        list="skills"
        groups={groups}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreate={({ group, ...body }) =>
          create.mutateAsync({ ...body, group: (group ?? '') as SkillGroup })
        }
        onRename={() => Promise.resolve()}
      />
    </Stack>
  );
}

function SkillGroupCard({ title, skills }: { title: string; skills: NamedSkill[] }) {
  const id = `skills-${skills[0]?.group ?? 'group'}`;
  return (
    <Card withBorder padding={0} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} px="md" py="sm">
        {title}
      </Title>
      <Stack component="ul" gap={0} m={0} p={0}>
        {skills.map((skill) => (
          <SkillItem key={skill.id} skill={skill} />
        ))}
      </Stack>
    </Card>
  );
}

/** One skill: its name here and in the other languages; beside it the button to rename it. */
function SkillItem({ skill }: { skill: NamedSkill }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const rename = useRenameSkill(skill.id);
  const shown = toLanguage(i18n.language);
  const others = LANGUAGES.filter((language) => language !== shown);
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="xs"
      px="md"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="skill"
    >
      <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
        <Text fw={600}>{skill.names[shown]}</Text>
        <Text size="sm" c="dark.5">
          {others
            .map((language) => `${language.toUpperCase()}: ${skill.names[language]}`)
            .join(' · ')}
        </Text>
      </Stack>
      <Button variant="light" size="compact-sm" onClick={() => setRenaming(true)}>
        {t('skills.rename')}
        <VisuallyHidden>: {skill.names[shown]}</VisuallyHidden>
      </Button>
      <NamesDialog
        list="skills"
        item={skill}
        opened={renaming}
        onClose={() => setRenaming(false)}
        onCreate={() => Promise.resolve()}
        onRename={(names) => rename.mutateAsync(names)}
      />
    </Group>
  );
}
