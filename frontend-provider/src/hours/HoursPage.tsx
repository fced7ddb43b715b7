import { EmptyState, ErrorState, errorMessage, LoadingState, useFormat } from '@kring/common';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHoursStart, useWithdrawHours, type Entry, type HoursStart } from '../api/hours';
import { PageHeader } from '../home/PageHeader';
import { PROVIDER_PATHS } from '../home/paths';
import { mondayOf } from './days';
import { formatDuration } from './duration';
import { EntryDialog, type EditMode } from './EntryDialog';
import { EntryForm } from './EntryForm';
import type { EntryMode } from './entryForm';
import { RejectedCard } from './RejectedCard';
import { Statements } from './Statements';
import { entryTimes } from './EntrySummary';
import { WeekView } from './WeekView';

const NEW: EntryMode = { kind: 'new' };

/** My hours as a helper: rejected ones to fix, the quick entry, the week, the statements. */
export function HoursPage() {
  const { t } = useTranslation();
  const start = useHoursStart();
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('hours.title')} lead={t('hours.lead')} />
      {start.isPending ? (
        <LoadingState />
      ) : start.isError ? (
        <ErrorState error={start.error} onRetry={() => void start.refetch()} />
      ) : (
        <HoursOf start={start.data} />
      )}
    </Stack>
  );
}

function HoursOf({ start }: { start: HoursStart }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [monday, setMonday] = useState(() => mondayOf(start.today));
  const [editing, setEditing] = useState<EditMode | null>(null);
  const [withdrawing, setWithdrawing] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const saved = (entry: Entry, mode: EntryMode) => {
    setEditing(null);
    // The week of the saved hours, so they are in sight.
    setMonday(mondayOf(entry.work_date));
    setNotice(
      t(`hours.saved.${mode.kind}`, {
        duration: formatDuration(t, entry.minutes),
        name: entry.help_seeker_first_name,
        day: format.day(entry.work_date),
      }),
    );
  };

  return (
    <>
      {notice ? (
        <Alert
          color="kringTeal"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('hours.saved.close')}
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      ) : null}
      <RejectedCard today={start.today} onFix={(entry) => setEditing({ kind: 'fix', entry })} />
      <Card withBorder padding="lg" component="section" aria-labelledby="hours-quick">
        <Stack gap="md">
          <Title id="hours-quick" order={2} size="h3">
            {t('hours.quick.title')}
          </Title>
          {start.engagements.length === 0 ? (
            <EmptyState
              title={t('hours.quick.emptyTitle')}
              description={t('hours.quick.empty')}
              action={
                <Anchor component={Link} to={PROVIDER_PATHS.proposals}>
                  {t('hours.quick.toProposals')}
                </Anchor>
              }
            />
          ) : (
            <EntryForm
              start={start}
              mode={NEW}
              idPrefix="quick"
              onSaved={(entry, mode) => {
                setNotice(null);
                saved(entry, mode);
              }}
            />
          )}
        </Stack>
      </Card>
      <WeekView
        today={start.today}
        monday={monday}
        onMonday={setMonday}
        actions={{
          onChange: (entry) => setEditing({ kind: 'change', entry }),
          onFix: (entry) => setEditing({ kind: 'fix', entry }),
          onCorrect: (entry) => setEditing({ kind: 'correct', entry }),
          onWithdraw: setWithdrawing,
        }}
      />
      <Statements />
      <EntryDialog
        start={start}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
      <WithdrawDialog
        entry={withdrawing}
        onClose={() => setWithdrawing(null)}
        onWithdrawn={() => {
          setWithdrawing(null);
          setNotice(t('hours.saved.withdrawn'));
        }}
      />
    </>
  );
}

/** "Withdraw these hours?": the hours logged by mistake go, after a yes. */
function WithdrawDialog({
  entry,
  onClose,
  onWithdrawn,
}: {
  entry: Entry | null;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawHours();
  const close = () => {
    withdraw.reset();
    onClose();
  };
  return (
    <Modal
      opened={entry !== null}
      onClose={close}
      title={t('hours.withdraw.title')}
      centered
      closeButtonProps={{ 'aria-label': t('hours.dialog.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {entry ? (
        <Stack gap="md">
          <Text>
            {t('hours.withdraw.what', {
              duration: formatDuration(t, entry.minutes),
              day: format.day(entry.work_date),
              times: entryTimes(t, entry),
              name: entry.help_seeker_first_name,
            })}
          </Text>
          {withdraw.isError ? (
            <Alert color="kringClay" variant="light" role="alert">
              {errorMessage(withdraw.error, t)}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button
              color="red.9"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(entry.id, { onSuccess: onWithdrawn })}
            >
              {t('hours.withdraw.confirm')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('hours.form.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
