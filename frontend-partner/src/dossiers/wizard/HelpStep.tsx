import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorState,
  ErrorSummary,
  LoadingState,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Checkbox, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveStep, useSkills, type Skill } from '../../api/dossiers';
import { HELP_TEXT_MAX, helpSchema } from './schemas';
import type { SavedStepProps } from './stepProps';
import { WizardFrame } from './WizardFrame';

/** The skills under their group's heading, in the list's order. */
function byGroup(skills: readonly Skill[]): { name: string; skills: Skill[] }[] {
  const groups = new Map<string, { name: string; skills: Skill[] }>();
  for (const skill of skills) {
    const group = groups.get(skill.group) ?? { name: skill.group_name, skills: [] };
    group.skills.push(skill);
    groups.set(skill.group, group);
  }
  return [...groups.values()];
}

/** Step 2, "Welke hulp": skills from Kring's list (grouped) and more in their own words. */
export function HelpStep({ dossier, onSaved }: SavedStepProps) {
  const { t } = useTranslation();
  const skills = useSkills();
  const schema = useMemo(() => helpSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      skill_ids: dossier.help.skills.map((skill) => skill.id),
      text: dossier.help.text,
    },
    shouldFocusError: false,
  });
  const save = useSaveStep(dossier.id, 'help');
  const errors = form.formState.errors;
  const text = useWatch({ control: form.control, name: 'text' });
  const fields = [
    { name: 'skill_ids', id: 'help-skills', label: t('dossiers.wizard.help.skills') },
    { name: 'text', id: 'help-text', label: t('dossiers.wizard.help.text') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      onSaved(await save.mutateAsync({ skill_ids: values.skill_ids, text: values.text }));
    },
    {
      rename: (field) => (field.startsWith('skill_ids') ? 'skill_ids' : field),
      resetOnSuccess: true,
    },
  );
  const groups = useMemo(() => byGroup(skills.data ?? []), [skills.data]);

  return (
    <WizardFrame
      step="help"
      dossierId={dossier.id}
      completed={dossier.completed_steps}
      title={t('dossiers.wizard.help.title')}
      lead={t('dossiers.wizard.help.lead')}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      {skills.isPending ? (
        <LoadingState />
      ) : skills.isError ? (
        <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />
      ) : (
        <Controller
          control={form.control}
          name="skill_ids"
          render={({ field }) => (
            <Checkbox.Group
              id="help-skills"
              tabIndex={-1}
              label={t('dossiers.wizard.help.skills')}
              description={t('dossiers.wizard.help.skillsHint')}
              value={field.value}
              onChange={field.onChange}
              error={errors.skill_ids?.message}
              withAsterisk
              labelProps={{ fz: 'md', fw: 700 }}
            >
              <Stack gap="md" mt="sm">
                {groups.map((group) => (
                  <div key={group.name}>
                    <Title order={2} size="h5" mb={6}>
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
          )}
        />
      )}
      <Textarea
        id="help-text"
        label={t('dossiers.wizard.help.text')}
        placeholder={t('dossiers.wizard.help.textHint')}
        rows={4}
        resize="vertical"
        inputWrapperOrder={COUNTER_BELOW}
        description={<CharacterCount value={text} max={HELP_TEXT_MAX} />}
        error={errors.text?.message}
        {...form.register('text')}
      />
    </WizardFrame>
  );
}
