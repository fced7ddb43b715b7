import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveStep } from '../../api/dossiers';
import { bankSchema, compactIban } from './schemas';
import type { SavedStepProps } from './stepProps';
import { WizardFrame } from './WizardFrame';

/** Step 4, "Bankgegevens": the IBAN (checked loosely here, fully by the API) and its holder. */
export function BankStep({ dossier, onSaved }: SavedStepProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => bankSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      iban: dossier.bank.iban ?? '',
      account_holder: dossier.bank.account_holder ?? '',
    },
    shouldFocusError: false,
  });
  const save = useSaveStep(dossier.id, 'bank');
  const errors = form.formState.errors;
  const fields = [
    { name: 'iban', id: 'bank-iban', label: t('dossiers.wizard.bank.iban') },
    { name: 'account_holder', id: 'bank-holder', label: t('dossiers.wizard.bank.holder') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      onSaved(
        await save.mutateAsync({
          iban: compactIban(values.iban),
          account_holder: values.account_holder,
        }),
      );
    },
    { resetOnSuccess: true },
  );

  return (
    <WizardFrame
      step="bank"
      dossierId={dossier.id}
      completed={dossier.completed_steps}
      title={t('dossiers.wizard.bank.title')}
      lead={t('dossiers.wizard.bank.lead')}
      onSubmit={onSubmit}
      submitting={form.formState.isSubmitting}
    >
      <ErrorSummary
        messages={formErrors}
        fieldErrors={summaryFieldErrors(errors, fields)}
        attempt={attempt}
      />
      <TextInput
        id="bank-iban"
        label={t('dossiers.wizard.bank.iban')}
        description={t('dossiers.wizard.bank.ibanHint')}
        autoComplete="off"
        spellCheck={false}
        required
        error={errors.iban?.message}
        {...form.register('iban')}
      />
      <TextInput
        id="bank-holder"
        label={t('dossiers.wizard.bank.holder')}
        autoComplete="off"
        required
        error={errors.account_holder?.message}
        {...form.register('account_holder')}
      />
    </WizardFrame>
  );
}
