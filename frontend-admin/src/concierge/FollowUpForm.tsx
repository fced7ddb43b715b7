import { isApiProblem } from '@kring/client';
import { FormErrors } from '@kring/common';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_STATUSES,
  SOLVED_BY,
  useUpdateCase,
  type CaseRead,
  type CaseStatus,
  type SolvedBy,
} from './api';

/** The case's follow-up: its status, and when done who solved it and how satisfied they were. */
export function FollowUpForm({ item }: { item: CaseRead }) {
  const { t } = useTranslation();
  const update = useUpdateCase(item.id);
  const [status, setStatus] = useState<CaseStatus>(item.status);
  const [solvedBy, setSolvedBy] = useState<SolvedBy | ''>(item.solved_by ?? '');
  const [satisfaction, setSatisfaction] = useState(item.satisfaction?.toString() ?? '');
  const done = status === 'done';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      status,
      solved_by: done && solvedBy ? solvedBy : null,
      satisfaction: done && satisfaction ? Number(satisfaction) : null,
    });
  };
  const messages = update.error
    ? isApiProblem(update.error) && update.error.errors.length
      ? update.error.errors.map((error) => error.message)
      : [update.error.message]
    : [];
  return (
    <form onSubmit={onSubmit} aria-labelledby="case-follow-up">
      <Stack gap="md">
        <FormErrors messages={messages} />
        {update.isSuccess ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.followUp.saved')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NativeSelect
            id="follow-up-status"
            label={t('concierge.followUp.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as CaseStatus)}
            data={CASE_STATUSES.map((value) => ({
              value,
              label: t(`concierge.status.${value}`),
            }))}
          />
          {done ? (
            <>
              <NativeSelect
                id="follow-up-solved-by"
                label={t('concierge.followUp.solvedBy')}
                value={solvedBy}
                onChange={(event) => setSolvedBy(event.currentTarget.value as SolvedBy | '')}
                data={[
                  { value: '', label: t('concierge.followUp.none') },
                  ...SOLVED_BY.map((value) => ({
                    value,
                    label: t(`concierge.solvedBy.${value}`),
                  })),
                ]}
              />
              <NativeSelect
                id="follow-up-satisfaction"
                label={t('concierge.followUp.satisfaction')}
                value={satisfaction}
                onChange={(event) => setSatisfaction(event.currentTarget.value)}
                data={[
                  { value: '', label: t('concierge.followUp.none') },
                  ...['1', '2', '3', '4', '5'],
                ]}
              />
            </>
          ) : null}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('concierge.followUp.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
