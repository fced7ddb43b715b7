import { errorMessage, ErrorState, LoadingState, StatusBadge, useFormat } from '@kring/common';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import {
  useApproveEntry,
  useApproveMonth,
  useDossierHours,
  useRejectEntry,
  type ApprovalResult,
  type DossierHours,
  type HoursEntry,
} from '../api/hours';
import { useDossierEngagements, type Engagement } from '../api/matching';
import { EntryTable } from '../hours/EntryTable';
import { useHoursFormat } from '../hours/hoursFormat';
import { MonthSwitcher } from '../hours/MonthSwitcher';
import { Statements } from '../hours/Statements';
import { WRAPPING_BUTTON } from './wrappingButton';
import { ReasonDialog } from './dialogParts';

/**
 * The hours the helpers logged, once the dossier has (had) an engagement: those waiting to be
 * approved, the approved ones of the month, and the monthly statements.
 */
export function HoursCard({ dossier }: { dossier: Dossier }) {
  const engagements = useDossierEngagements(dossier.id);
  if (!engagements.data || engagements.data.length === 0) return null;
  return <Hours dossierId={dossier.id} engagements={engagements.data} />;
}

/** What the last decision did, said once above the lists. */
type Notice =
  | { kind: 'approved' | 'rejected'; entry: HoursEntry }
  | { kind: 'month'; month: string; seen: number; result: ApprovalResult };

function Hours({
  dossierId,
  engagements,
}: {
  dossierId: string;
  engagements: readonly Engagement[];
}) {
  const { t } = useTranslation();
  // Until someone picks a month: the oldest with hours waiting, else this month.
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const thisMonth = useDossierHours(dossierId, null);
  const opening = thisMonth.data;
  const month = chosen ?? opening?.months_waiting[0] ?? opening?.month ?? null;
  const other = useDossierHours(dossierId, month, month !== null && month !== opening?.month);
  const shown = month === opening?.month ? thisMonth : other;
  const earliest = engagements
    .map((engagement) => engagement.started_at.slice(0, 7))
    .reduce((first, start) => (start < first ? start : first), opening?.month ?? '9999-12');
  const choose = (next: string) => {
    setChosen(next);
    setNotice(null);
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-hours">
      <Stack gap="md">
        <div>
          <Title id="dossier-hours" order={2} size="h4" mb="xs">
            {t('hours.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('hours.rule')}
          </Text>
        </div>
        {!opening || !month ? (
          thisMonth.isError ? (
            <ErrorState error={thisMonth.error} onRetry={() => void thisMonth.refetch()} />
          ) : (
            <LoadingState label={t('hours.loading')} />
          )
        ) : (
          <>
            <MonthSwitcher
              month={month}
              earliest={earliest}
              latest={opening.month}
              waiting={shown.data?.months_waiting ?? opening.months_waiting}
              onChange={choose}
            />
            {shown.isError ? (
              <ErrorState error={shown.error} onRetry={() => void shown.refetch()} />
            ) : shown.data?.month === month ? (
              <Month
                key={shown.data.month}
                dossierId={dossierId}
                hours={shown.data}
                notice={notice}
                onNotice={(next) => {
                  // Stay on this month while its lists change under the notice.
                  setChosen(shown.data?.month ?? month);
                  setNotice(next);
                }}
              />
            ) : (
              <LoadingState label={t('hours.loading')} />
            )}
          </>
        )}
        <Statements dossierId={dossierId} />
      </Stack>
    </Card>
  );
}

function Month({
  dossierId,
  hours,
  notice,
  onNotice,
}: {
  dossierId: string;
  hours: DossierHours;
  notice: Notice | null;
  onNotice: (notice: Notice | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const say = useHoursFormat();
  const approveOne = useApproveEntry(dossierId);
  const reject = useRejectEntry(dossierId);
  const approveAll = useApproveMonth(dossierId);
  const [rejecting, setRejecting] = useState<HoursEntry | null>(null);
  const [confirmingAll, setConfirmingAll] = useState(false);
  const amounts = hours.waiting.amount_cents !== null;
  const mayApprove = hours.may_approve;
  const waiting = hours.entries.filter((entry) => entry.status === 'submitted');
  const rejected = hours.entries.filter((entry) => entry.status === 'rejected');
  const history = hours.entries.filter(
    (entry) => entry.status === 'approved' || entry.status === 'superseded',
  );
  const monthName = say.month(hours.month);
  const who = (entry: HoursEntry) => ({
    helper: entry.helper_first_name,
    day: format.day(entry.work_date),
  });
  const totals = (totals: DossierHours['waiting']) =>
    [
      t('hours.lines', { count: totals.entries }),
      say.hours(totals.minutes),
      totals.amount_cents === null ? null : format.money(totals.amount_cents),
    ]
      .filter(Boolean)
      .join(' · ');

  const onApprove = (entry: HoursEntry) => {
    onNotice(null);
    approveOne.mutate(entry.id, { onSuccess: () => onNotice({ kind: 'approved', entry }) });
  };
  const onApproveAll = () => {
    const entryIds = waiting.map((entry) => entry.id);
    approveAll.mutate(
      { month: hours.month, entryIds },
      {
        onSuccess: (result) => {
          setConfirmingAll(false);
          onNotice({ kind: 'month', month: hours.month, seen: waiting.length, result });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      {mayApprove ? null : (
        <Text fw={600} data-testid="hours-read-only">
          {t('hours.readOnly')}
        </Text>
      )}
      <div aria-live="polite">{notice ? <NoticeText notice={notice} /> : null}</div>
      {approveOne.isError ? (
        <Alert color="kringClay" variant="light" role="alert">
          {errorMessage(approveOne.error, t)}
        </Alert>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="hours-waiting">
        <Title id="hours-waiting" order={3} size="h5">
          {t('hours.waiting.title')}
        </Title>
        {waiting.length === 0 ? (
          <Text c="dark.5">{t('hours.waiting.none', { month: monthName })}</Text>
        ) : (
          <>
            <Text size="sm" fw={600} data-testid="hours-waiting-total">
              {t('hours.total', { month: monthName, totals: totals(hours.waiting) })}
            </Text>
            <EntryTable
              label={t('hours.waiting.title')}
              entries={waiting}
              amounts={amounts}
              extra={[
                {
                  label: t('hours.columns.status'),
                  cell: (entry) =>
                    entry.corrects_entry_id ? (
                      <StatusBadge color="blue" asWritten>
                        {t('hours.status.correction')}
                      </StatusBadge>
                    ) : (
                      <StatusBadge color="yellow" asWritten>
                        {t('hours.status.submitted')}
                      </StatusBadge>
                    ),
                },
                ...(mayApprove
                  ? [
                      {
                        label: t('hours.columns.actions'),
                        actions: true,
                        cell: (entry: HoursEntry) => (
                          <Group gap="xs" wrap="wrap">
                            <Button
                              size="xs"
                              color="kringTeal.7"
                              loading={approveOne.isPending && approveOne.variables === entry.id}
                              disabled={approveAll.isPending}
                              aria-label={t('hours.approveLabel', who(entry))}
                              onClick={() => onApprove(entry)}
                            >
                              {t('hours.approve')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              disabled={approveAll.isPending}
                              aria-label={t('hours.rejectLabel', who(entry))}
                              onClick={() => {
                                reject.reset();
                                setRejecting(entry);
                              }}
                            >
                              {t('hours.reject')}
                            </Button>
                          </Group>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {mayApprove ? (
              <Group>
                <Button
                  color="kringClay.7"
                  w={{ base: '100%', xs: 'auto' }}
                  styles={WRAPPING_BUTTON}
                  onClick={() => {
                    approveAll.reset();
                    setConfirmingAll(true);
                  }}
                >
                  {t('hours.approveAll', { hours: say.hours(hours.waiting.minutes) })}
                </Button>
              </Group>
            ) : null}
          </>
        )}
      </Stack>

      {rejected.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="hours-rejected">
          <div>
            <Title id="hours-rejected" order={3} size="h5">
              {t('hours.rejected.title')}
            </Title>
            <Text size="sm" c="dark.5">
              {t('hours.rejected.lead')}
            </Text>
          </div>
          <EntryTable
            label={t('hours.rejected.title')}
            entries={rejected}
            amounts={amounts}
            extra={[
              {
                label: t('hours.columns.reason'),
                wide: true,
                cell: (entry) => (
                  <Text span inherit style={{ overflowWrap: 'break-word' }}>
                    {entry.reject_reason ?? '–'}
                    {entry.decided_by_name ? (
                      <Text span inherit c="dark.5">
                        {' '}
                        ({entry.decided_by_name})
                      </Text>
                    ) : null}
                  </Text>
                ),
              },
            ]}
          />
        </Stack>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="hours-approved">
        <Title id="hours-approved" order={3} size="h5">
          {t('hours.approved.title')}
        </Title>
        {history.length === 0 ? (
          <Text c="dark.5">{t('hours.approved.none', { month: monthName })}</Text>
        ) : (
          <>
            <Text size="sm" fw={600} data-testid="hours-approved-total">
              {t('hours.total', { month: monthName, totals: totals(hours.approved) })}
            </Text>
            <EntryTable
              label={t('hours.approved.title')}
              entries={history}
              amounts={amounts}
              struck={(entry) => entry.status === 'superseded'}
              extra={[
                {
                  label: t('hours.columns.approvedBy'),
                  wide: true,
                  cell: (entry) => (
                    <Stack gap={4} align="flex-start">
                      <Text span inherit>
                        {entry.decided_at
                          ? t('hours.approved.by', {
                              name: entry.decided_by_name ?? t('hours.approved.someone'),
                              when: format.dateTime(entry.decided_at),
                            })
                          : '–'}
                      </Text>
                      {entry.status === 'superseded' ? (
                        <StatusBadge color="gray" asWritten>
                          {t('hours.status.superseded')}
                        </StatusBadge>
                      ) : entry.paid ? (
                        <StatusBadge color="kringTeal" asWritten>
                          {t('hours.status.paid')}
                        </StatusBadge>
                      ) : null}
                    </Stack>
                  ),
                },
              ]}
            />
          </>
        )}
      </Stack>

      {rejecting ? (
        <ReasonDialog
          id="hours-reject-reason"
          title={t('hours.rejectDialog.title', who(rejecting))}
          what={t('hours.rejectDialog.what', who(rejecting))}
          reason="required"
          reasonRequired={t('hours.rejectDialog.reasonRequired')}
          confirmLabel={t('hours.rejectDialog.confirm')}
          danger
          pending={reject.isPending}
          error={reject.error}
          onConfirm={(reason) =>
            reject.mutate(
              { entryId: rejecting.id, reason },
              {
                onSuccess: () => {
                  onNotice({ kind: 'rejected', entry: rejecting });
                  setRejecting(null);
                },
              },
            )
          }
          onClose={() => setRejecting(null)}
        />
      ) : null}
      {confirmingAll ? (
        <ReasonDialog
          id="hours-approve-all"
          title={t('hours.approveAllDialog.title', { month: monthName })}
          what={[
            hours.waiting.amount_cents === null
              ? t('hours.approveAllDialog.what', {
                  count: hours.waiting.entries,
                  hours: say.hours(hours.waiting.minutes),
                })
              : t('hours.approveAllDialog.whatAmount', {
                  count: hours.waiting.entries,
                  hours: say.hours(hours.waiting.minutes),
                  amount: format.money(hours.waiting.amount_cents),
                }),
            t('hours.approveAllDialog.locked'),
          ].join(' ')}
          reason="none"
          confirmLabel={t('hours.approveAllDialog.confirm')}
          pending={approveAll.isPending}
          error={approveAll.error}
          onConfirm={onApproveAll}
          onClose={() => setConfirmingAll(false)}
        />
      ) : null}
    </Stack>
  );
}

/** What happened, in the API's numbers: someone else may have approved some meanwhile. */
function NoticeText({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const say = useHoursFormat();
  if (notice.kind !== 'month') {
    const names = {
      helper: notice.entry.helper_first_name,
      day: format.day(notice.entry.work_date),
    };
    return (
      <Alert color="kringTeal" variant="light" data-testid="hours-notice">
        {t(`hours.notice.${notice.kind}`, names)}
      </Alert>
    );
  }
  const { result, seen } = notice;
  const month = say.month(notice.month);
  const lines =
    result.approved === 0
      ? [t('hours.notice.none', { month })]
      : [
          t('hours.notice.month', {
            count: result.approved,
            month,
            hours: say.hours(result.minutes),
          }),
          // Only the hours shown are sent: fewer approved means someone else dealt with some.
          result.approved < seen
            ? t('hours.notice.fewer', { count: seen - result.approved })
            : null,
        ];
  return (
    <Alert
      color={result.approved === seen ? 'kringTeal' : 'yellow'}
      variant="light"
      data-testid="hours-notice"
    >
      {lines.filter(Boolean).join(' ')}
    </Alert>
  );
}
