import { isApiProblem } from '@kring/client';
import {
  ErrorSummary,
  parseEuros,
  summaryFieldErrors,
  todayInKring,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Alert, Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useRecordCost } from './api';

const MAX_CENTS = 10_000_000;
const DESCRIPTION_MAX = 200;

function costSchema(t: (key: string, options?: Record<string, unknown>) => string) {
  return z.object({
    amount: z
      .string()
      .trim()
      .refine((value) => {
        const cents = parseEuros(value);
        return cents !== null && cents >= 1 && cents <= MAX_CENTS;
      }, t('concierge.form.amount')),
    spent_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('concierge.form.date')),
    description: z
      .string()
      .trim()
      .min(1, t('concierge.form.required'))
      .max(DESCRIPTION_MAX, t('concierge.form.tooLong', { max: DESCRIPTION_MAX })),
  });
}

type CostInput = z.input<ReturnType<typeof costSchema>>;

/**
 * A cost for the subscriber, in euros (sent in cents). Over the month's budget the API answers
 * 409 with what is left: its message shows on the amount, and the form then offers the
 * subscriber's agreement to go over, which the next submit sends.
 */
export function CostForm({ subscriptionId, caseId }: { subscriptionId: string; caseId: string }) {
  const { t } = useTranslation();
  const schema = useMemo(() => costSchema(t), [t]);
  const empty: CostInput = { amount: '', spent_on: todayInKring(), description: '' };
  const form = useZodForm(schema, { defaultValues: empty, shouldFocusError: false });
  const errors = form.formState.errors;
  const record = useRecordCost(subscriptionId);
  const [overBudget, setOverBudget] = useState(false);
  const [agreed, setAgreed] = useState(false);
  const [saved, setSaved] = useState(false);
  const fields = [
    { name: 'amount', id: 'cost-amount', label: t('concierge.costs.amount') },
    { name: 'spent_on', id: 'cost-spent-on', label: t('concierge.costs.spentOn') },
    { name: 'description', id: 'cost-description', label: t('concierge.costs.description') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      setSaved(false);
      try {
        await record.mutateAsync({
          amount_cents: parseEuros(values.amount) ?? 0,
          spent_on: values.spent_on,
          description: values.description,
          case_id: caseId,
          over_budget_agreed: overBudget && agreed,
        });
      } catch (error) {
        if (isApiProblem(error) && error.status === 409) setOverBudget(true);
        throw error;
      }
      form.reset(empty);
      setOverBudget(false);
      setAgreed(false);
      setSaved(true);
    },
    { rename: (field) => (field === 'amount_cents' ? 'amount' : field) },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="case-costs">
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        {saved ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.costs.saved')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="cost-amount"
            label={t('concierge.costs.amount')}
            inputMode="decimal"
            required
            error={errors.amount?.message}
            {...form.register('amount')}
          />
          <TextInput
            id="cost-spent-on"
            type="date"
            label={t('concierge.costs.spentOn')}
            required
            error={errors.spent_on?.message}
            {...form.register('spent_on')}
          />
        </SimpleGrid>
        <TextInput
          id="cost-description"
          label={t('concierge.costs.description')}
          required
          maxLength={DESCRIPTION_MAX}
          error={errors.description?.message}
          {...form.register('description')}
        />
        {overBudget ? (
          <Checkbox
            id="cost-agreed"
            label={t('concierge.costs.agreed')}
            checked={agreed}
            onChange={(event) => setAgreed(event.currentTarget.checked)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('concierge.costs.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
