import { ErrorState, LoadingState } from '@kring/common';
import { Checkbox, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkills, type Skill } from '../api/helper';

/** The skills under their group's heading, in the list's order. */
export function byGroup(skills: readonly Skill[]): { name: string; skills: Skill[] }[] {
  const groups = new Map<string, { name: string; skills: Skill[] }>();
  for (const skill of skills) {
    const group = groups.get(skill.group) ?? { name: skill.group_name, skills: [] };
    group.skills.push(skill);
    groups.set(skill.group, group);
  }
  return [...groups.values()];
}

export interface SkillsFieldProps {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** What a helper helps with: Kring's skills list, grouped, as the partner's dossier asks it. */
export function SkillsField({ id, value, onChange, error }: SkillsFieldProps) {
  const { t } = useTranslation();
  const skills = useSkills();
  const groups = useMemo(() => byGroup(skills.data ?? []), [skills.data]);
  if (skills.isPending) return <LoadingState />;
  if (skills.isError) {
    return <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />;
  }
  return (
    <Checkbox.Group
      id={id}
      tabIndex={-1}
      label={t('helper.skills.label')}
      description={t('helper.skills.hint')}
      value={value}
      onChange={onChange}
      error={error}
      labelProps={{ fz: 'md', fw: 700 }}
    >
      <Stack gap="md" mt="sm">
        {groups.map((group) => (
          <div key={group.name}>
            <Title order={3} size="h5" mb={6}>
              {group.name}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={8}>
              {group.skills.map((skill) => (
                <Checkbox key={skill.id} value={skill.id} label={skill.name} />
              ))}
            </SimpleGrid>
          </div>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
