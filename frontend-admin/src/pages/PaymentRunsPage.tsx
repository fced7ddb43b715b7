import { isApiProblem } from '@kring/client';
import {
  ErrorState,
  LoadingState,
  PageHeader,
  StatusBadge,
  errorMessage,
  lastMonthInKring,
  useFormat,
} from '@kring/common';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  useMakePaymentRun,
  usePaymentRunPreview,
  usePaymentRuns,
  type PaymentRunPreview,
  type PaymentRunSummary,
  type WaitingGroup,
} from '../api/paymentRuns';
import { CursorList, NameCell } from '../components/CursorList';
import { DialogFooter } from '../components/DialogFooter';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, PAYMENT_RUN_PATHS, paymentRunPath, withQuery } from '../paths';

/** The monthly payment runs: last month's run to make (with what it would collect, pay and
 * leave waiting), and the runs made. */
export default function PaymentRunsPage() {
  return (
    <RequireStaff task="run_payments">
      <PaymentRuns />
    </RequireStaff>
  );
}

function PaymentRuns() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const cursor = params.get('cursor');
  const list = usePaymentRuns(cursor);
  // The last closed month, taken once when the page opens: a month turning while someone reads
  // the card should not change the run they are about to confirm.
  const [month] = useState(() => lastMonthInKring());
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('paymentRuns.title')}
        lead={t('paymentRuns.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <MakeRunCard month={month} />
      <Stack gap="sm" component="section" aria-labelledby="payment-runs-made">
        <Title order={2} size="h3" id="payment-runs-made">
          {t('paymentRuns.list.title')}
        </Title>
        <CursorList
          query={list}
          cursor={cursor}
          pathAt={(next) => withQuery(PAYMENT_RUN_PATHS.list, { cursor: next })}
          label={t('paymentRuns.list.title')}
          head={
            <>
              <Table.Th>{t('paymentRuns.list.month')}</Table.Th>
              <Table.Th>{t('paymentRuns.list.amount')}</Table.Th>
            </>
          }
          row={(run) => <RunRow key={run.id} run={run} />}
          empty={{
            title: t('paymentRuns.list.emptyTitle'),
            description: t('paymentRuns.list.emptyBody'),
          }}
        />
      </Stack>
    </Stack>
  );
}

function RunRow({ run }: { run: PaymentRunSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <NameCell
        to={paymentRunPath(run.id)}
        name={format.month(run.month)}
        detail={t('paymentRuns.list.made', {
          name: run.made_by_name ?? t('paymentRuns.unknownStaff'),
          when: format.dateTime(run.created_at),
        })}
      />
      <Table.Td>
        <Text size="sm" fw={600}>
          {format.money(run.collected_cents)}
        </Text>
        <Text size="sm" c="dark.5">
          {t('paymentRuns.list.detail', {
            count: run.entries,
            date: format.day(run.collection_date),
          })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** Last month's run: what it would do now, what would wait and why, and the button to make it. */
function MakeRunCard({ month }: { month: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const preview = usePaymentRunPreview(month);
  const [confirming, setConfirming] = useState(false);
  const monthName = format.month(month);
  let body;
  if (preview.isPending) {
    body = <LoadingState />;
  } else if (preview.isError) {
    // A 409 is no failure: the month's run is made already, or the month cannot have one.
    body =
      isApiProblem(preview.error) && preview.error.status === 409 ? (
        <Alert color="blue" variant="light">
          {preview.error.detail}
        </Alert>
      ) : (
        <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
      );
  } else {
    body = (
      <PreviewBody
        preview={preview.data}
        monthName={monthName}
        onMake={() => setConfirming(true)}
      />
    );
  }
  return (
    <SectionCard
      id="payment-run-make"
      title={t('paymentRuns.make.title', { month: monthName })}
      lead={t('paymentRuns.make.lead')}
    >
      {body}
      {preview.data ? (
        <MakeRunDialog
          preview={preview.data}
          monthName={monthName}
          opened={confirming}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </SectionCard>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      {detail ? (
        <Text size="sm" c="dark.5">
          {detail}
        </Text>
      ) : null}
    </Stack>
  );
}

function PreviewBody(props: { preview: PaymentRunPreview; monthName: string; onMake: () => void }) {
  const { preview, monthName, onMake } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const nothing = preview.entries === 0;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <Figure
          label={t('paymentRuns.make.collected')}
          value={format.money(preview.collected_cents)}
          detail={t('paymentRuns.make.fromHelpSeekers', { count: preview.collections })}
        />
        <Figure
          label={t('paymentRuns.make.paid')}
          value={format.money(preview.paid_cents)}
          detail={t('paymentRuns.make.toHelpers', { count: preview.payments })}
        />
        <Figure
          label={t('paymentRuns.make.entries')}
          value={format.number(preview.entries)}
          detail={t('paymentRuns.make.on', { date: format.day(preview.collection_date) })}
        />
      </SimpleGrid>
      {preview.waiting.length > 0 ? <Waiting preview={preview} /> : null}
      {nothing ? (
        <Text size="sm">{t('paymentRuns.make.nothing')}</Text>
      ) : (
        <Group>
          {/* The label may take two lines on a phone rather than be cut off. */}
          <Button
            onClick={onMake}
            h="auto"
            py={8}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
          >
            {t('paymentRuns.make.button', { month: monthName })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const REASON_COLOURS: Record<WaitingGroup['reason'], string> = {
  helper_without_account: 'orange',
  dossier_without_mandate: 'orange',
  not_positive: 'gray',
};

/** The entries left for the next run, per helper or dossier, and why. */
function Waiting({ preview }: { preview: PaymentRunPreview }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="section" aria-labelledby="payment-run-waiting">
      <Title order={3} size="h4" id="payment-run-waiting">
        {t('paymentRuns.waiting.title', { count: preview.waiting_entries })}
      </Title>
      <Text size="sm" c="dark.5">
        {t('paymentRuns.waiting.lead')}
      </Text>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {preview.waiting.map((group) => (
          <Group
            key={`${group.reason}-${group.party_id}`}
            component="li"
            gap="xs"
            wrap="wrap"
            align="baseline"
          >
            <Text size="sm" fw={600}>
              {group.name}
            </Text>
            <StatusBadge color={REASON_COLOURS[group.reason]} asWritten>
              {t(`paymentRuns.waiting.reasons.${group.reason}`)}
            </StatusBadge>
            <Text size="sm" c="dark.5">
              {t('paymentRuns.waiting.amount', {
                count: group.entries,
                amount: format.money(group.amount_cents),
              })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

function MakeRunDialog(props: {
  preview: PaymentRunPreview;
  monthName: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { preview, monthName, opened, onClose } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const make = useMakePaymentRun();
  const close = () => {
    make.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('paymentRuns.confirm.title', { month: monthName })}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('paymentRuns.confirm.what', {
            amount: format.money(preview.collected_cents),
            helpSeekers: t('paymentRuns.make.fromHelpSeekers', { count: preview.collections }),
            helpers: t('paymentRuns.make.toHelpers', { count: preview.payments }),
            date: format.day(preview.collection_date),
          })}
        </Text>
        <Text size="sm">{t('paymentRuns.confirm.once', { month: monthName })}</Text>
        <DialogFooter
          confirmLabel={t('paymentRuns.confirm.button')}
          error={make.isError ? errorMessage(make.error, t) : null}
          loading={make.isPending}
          onConfirm={() =>
            make.mutate(preview.month, {
              onSuccess: (run) => void navigate(paymentRunPath(run.id)),
            })
          }
          onCancel={close}
        />
      </Stack>
    </Modal>
  );
}
