import {
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
  CharacterCount,
  COUNTER_BELOW,
} from '@kring/common';
import { List, Stack, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSaveIntroduction } from '../../api/profile';
import { PhotoField } from '../photo/PhotoField';
import { sectionOrder, StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';

export const INTRODUCTION_MAX = 200;
export const PROFILE_TEXT_MAX = 5000;
const FIELDS = ['introduction', 'profile_text'] as const;
const PROMPTS = ['prompt1', 'prompt2', 'prompt3'] as const;

type T = (key: string, options?: Record<string, unknown>) => string;

function profileSchema(t: T) {
  return z.object({
    introduction: z
      .string()
      .trim()
      .min(1, t('wizard.profile.introductionRequired'))
      .max(INTRODUCTION_MAX, t('wizard.errors.tooLong', { max: INTRODUCTION_MAX })),
    profile_text: z
      .string()
      .trim()
      .max(PROFILE_TEXT_MAX, t('wizard.errors.tooLong', { max: PROFILE_TEXT_MAX })),
  });
}

/**
 * Step "Profiel": the introduction for the card in search results (at most 200 characters,
 * counted live) and the long text for the profile page, guided by the source's three prompts;
 * and the portrait, optional, which is stored as soon as it is chosen (not with "Next step").
 */
export function ProfileStep({ profile, goOn, mode = 'wizard' }: StepProps) {
  const { t } = useTranslation();
  const save = useSaveIntroduction();
  const schema = useMemo(() => profileSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      introduction: profile?.introduction ?? '',
      profile_text: profile?.profile_text ?? '',
    },
    mode: 'onSubmit',
    shouldFocusError: false,
  });
  const [introduction, profileText] = useWatch({
    control: form.control,
    name: ['introduction', 'profile_text'],
  });
  const { onSubmit, formErrors, attempt, saved } = useFormSubmit(
    form,
    FIELDS,
    async (values) => {
      goOn(await save.mutateAsync(values));
    },
    { resetOnSuccess: true },
  );
  const { errors, isSubmitting } = form.formState;
  const fields = [
    { name: 'introduction', id: 'profile-introduction', label: t('wizard.profile.introduction') },
    { name: 'profile_text', id: 'profile-text', label: t('wizard.profile.profileText') },
  ] as const;

  return (
    <StepFrame
      step="profile"
      title={t('wizard.profile.title')}
      lead={t('wizard.profile.lead')}
      onSubmit={onSubmit}
      submitting={isSubmitting}
      mode={mode}
      saved={saved}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <Textarea
        id="profile-introduction"
        label={t('wizard.profile.introduction')}
        required
        rows={3}
        resize="vertical"
        inputWrapperOrder={COUNTER_BELOW}
        description={
          <CharacterCount
            value={introduction}
            max={INTRODUCTION_MAX}
            hint={t('wizard.profile.introductionHint')}
          />
        }
        {...form.register('introduction')}
        error={errors.introduction?.message}
      />
      <Stack gap={6}>
        <Textarea
          id="profile-text"
          label={t('wizard.profile.profileText')}
          rows={8}
          resize="vertical"
          // A list of prompts: the description is a <div> here, not Mantine's <p>.
          descriptionProps={{ component: 'div' }}
          description={
            <>
              {t('wizard.profile.profileTextHint')}
              <List type="ordered" size="xs" mt={4} pl="md" c="dimmed">
                {PROMPTS.map((prompt) => (
                  <List.Item key={prompt}>{t(`wizard.profile.${prompt}`)}</List.Item>
                ))}
              </List>
            </>
          }
          {...form.register('profile_text')}
          error={errors.profile_text?.message}
        />
        <CharacterCount value={profileText} max={PROFILE_TEXT_MAX} />
      </Stack>
      <PhotoField photo={profile?.photo ?? null} headingOrder={sectionOrder(mode)} />
    </StepFrame>
  );
}
