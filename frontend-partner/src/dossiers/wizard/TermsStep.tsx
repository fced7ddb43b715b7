import {
  ErrorSummary,
  summaryFieldErrors,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveStep } from '../../api/dossiers';
import { termsSchema } from './schemas';
import type { SavedStepProps } from './stepProps';
import { WizardFrame } from './WizardFrame';

/** Step 5, "Voorwaarden": accept the current terms and privacy policy (their versions are kept). */
export function TermsStep({ dossier, onSaved }: SavedStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const terms = dossier.terms;
  const current =
    terms.terms_version === terms.current_terms_version &&
    terms.privacy_version === terms.current_privacy_version;
  const schema = useMemo(() => termsSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { terms: current, privacy: current },
    shouldFocusError: false,
  });
  const save = useSaveStep(dossier.id, 'terms');
  const errors = form.formState.errors;
  const fields = [
    {
      name: 'terms',
      id: 'terms-terms',
      label: t('dossiers.wizard.terms.terms', { version: terms.current_terms_version }),
    },
    {
      name: 'privacy',
      id: 'terms-privacy',
      label: t('dossiers.wizard.terms.privacy', { version: terms.current_privacy_version }),
    },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async () => {
      onSaved(
        await save.mutateAsync({
          terms_version: terms.current_terms_version,
          privacy_version: terms.current_privacy_version,
        }),
      );
    },
    {
      rename: (field) =>
        field === 'terms_version' ? 'terms' : field === 'privacy_version' ? 'privacy' : field,
    },
  );

  return (
    <WizardFrame
      step="terms"
      dossierId={dossier.id}
      completed={dossier.completed_steps}
      title={t('dossiers.wizard.terms.title')}
      lead={t('dossiers.wizard.terms.lead')}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
      submitLabel={t('dossiers.wizard.nav.finish')}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <Stack gap="md">
        {fields.map((field) => (
          <Checkbox
            key={field.name}
            id={field.id}
            label={field.label}
            error={errors[field.name]?.message}
            {...form.register(field.name)}
          />
        ))}
      </Stack>
      {terms.accepted_at && terms.accepted_by_name ? (
        <Text size="sm" c="dark.5">
          {t('dossiers.wizard.terms.accepted', {
            date: format.dateTime(terms.accepted_at),
            name: terms.accepted_by_name,
            terms: terms.terms_version,
            privacy: terms.privacy_version,
          })}
        </Text>
      ) : null}
    </WizardFrame>
  );
}
