import { EmptyState, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Button, Card, Stack, Title } from '@mantine/core';
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
import { NamedItem } from '../namedLists/NamedItem';
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

function SkillItem({ skill }: { skill: NamedSkill }) {
  const rename = useRenameSkill(skill.id);
  return <NamedItem list="skills" item={skill} onRename={(names) => rename.mutateAsync(names)} />;
}
