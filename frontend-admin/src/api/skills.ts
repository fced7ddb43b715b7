import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { skillAdminKeys } from './keys';
import { inLanguage, useInEveryLanguage, type Named } from './namedLists';

export type SkillCreate = components['schemas']['SkillCreate'];
export type SkillNames = components['schemas']['SkillNames'];
export type SkillGroup = components['schemas']['SkillGroup'];
/** A skill with its name in each language (and its group's name in the console's). */
export type NamedSkill = Named<components['schemas']['SkillRead']>;

/** Every skill with its three names, by group, in the API's order. */
export function useNamedSkills() {
  const client = useApiClient();
  return useInEveryLanguage(skillAdminKeys.inLanguage, (language, signal) =>
    requireData(client.GET('/api/v1/skills', { signal, middleware: [inLanguage(language)] })),
  );
}

function useSkillsChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: skillAdminKeys.all });
}

export function useCreateSkill() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: SkillCreate) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/skills', { body }))),
    onSuccess: useSkillsChanged(),
  });
}

/** New names in the three languages; the slug stays. */
export function useRenameSkill(skillId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: SkillNames) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/skills/{skill_id}', {
            params: { path: { skill_id: skillId } },
            body,
          }),
        ),
      ),
    onSuccess: useSkillsChanged(),
  });
}
