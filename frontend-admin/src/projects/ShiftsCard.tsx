import { isApiProblem } from '@kring/client';
import { useFormat } from '@kring/common';
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';
import { MoreList } from '../components/MoreList';
import { SectionCard } from '../components/SectionCard';
import {
  clock,
  SHIFTS_WHEN,
  useShiftAction,
  useStaffShifts,
  type ShiftStatus,
  type ShiftsWhen,
  type StaffProject,
  type StaffShift,
} from './api';
import { ShiftDialog } from './ShiftDialog';

const STATUS_COLOURS: Record<ShiftStatus, string> = {
  planned: 'blue',
  confirmed: 'kringTeal',
  cancelled: 'gray',
};

/** The project's shifts, upcoming or past; care managers and admins plan, confirm, cancel. */
export function ShiftsCard({ project, manage }: { project: StaffProject; manage: boolean }) {
  const { t } = useTranslation();
  const [when, setWhen] = useState<ShiftsWhen>('upcoming');
  const [adding, setAdding] = useState(false);
  const [acting, setActing] = useState<{ shift: StaffShift; action: 'confirm' | 'cancel' } | null>(
    null,
  );
  const [done, setDone] = useState<string | null>(null);
  const shifts = useStaffShifts(project.id, when);
  return (
    <SectionCard id="project-shifts" title={t('projects.detail.shifts')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SegmentedControl
          value={when}
          onChange={(value) => setWhen(SHIFTS_WHEN.find((w) => w === value) ?? 'upcoming')}
          aria-label={t('projects.detail.shiftsLabel')}
          data={SHIFTS_WHEN.map((value) => ({ value, label: t(`projects.detail.${value}`) }))}
        />
        {manage ? <Button onClick={() => setAdding(true)}>{t('projects.shift.add')}</Button> : null}
      </Group>
      {done ? (
        <Text size="sm" c="kringTeal.9" role="status">
          {done}
        </Text>
      ) : null}
      <MoreList
        query={shifts}
        empty={{
          title:
            when === 'upcoming' ? t('projects.detail.noUpcoming') : t('projects.detail.noPast'),
          description: '',
        }}
        moreLabel={t('projects.detail.moreShifts')}
        shownLabel={(count) => t('projects.detail.shiftsShown', { count })}
      >
        {(items) => (
          <Stack component="ul" gap={0} m={0} p={0} aria-label={t(`projects.detail.${when}`)}>
            {items.map((shift, index) => (
              <ShiftRow
                key={shift.id}
                shift={shift}
                first={index === 0}
                manage={manage}
                onAct={(action) => {
                  setDone(null);
                  setActing({ shift, action });
                }}
              />
            ))}
          </Stack>
        )}
      </MoreList>
      <ShiftDialog
        project={project}
        opened={adding}
        onClose={() => setAdding(false)}
        onAdded={() => setDone(t('projects.shift.added'))}
      />
      {acting ? (
        <ActionDialog
          shift={acting.shift}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={(message) => {
            setActing(null);
            setDone(message);
          }}
        />
      ) : null}
    </SectionCard>
  );
}

function ShiftRow({
  shift,
  first,
  manage,
  onAct,
}: {
  shift: StaffShift;
  first: boolean;
  manage: boolean;
  onAct: (action: 'confirm' | 'cancel') => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const overnight = shift.ends_at <= shift.starts_at;
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      gap="sm"
      py="sm"
      style={{
        listStyle: 'none',
        borderTop: first ? undefined : '1px solid var(--mantine-color-gray-3)',
      }}
    >
      <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
        <Text size="sm" fw={600}>
          {format.day(shift.works_on)}, {clock(shift.starts_at)}–{clock(shift.ends_at)}
          {overnight ? ` ${t('projects.detail.nextDay')}` : ''}
        </Text>
        <Text size="sm">
          {t(`projects.function.${shift.function}`)} · {shift.worker_name}
        </Text>
        <Text size="sm" c="dark.5">
          {t('projects.detail.hours', { hours: format.number(Number(shift.hours), 2) })}
          {shift.break_minutes
            ? ` · ${t('projects.detail.breakMinutes', { minutes: shift.break_minutes })}`
            : ''}
          {` · ${format.money(shift.hourly_rate_cents)} ${t('projects.detail.perHour')}`}
        </Text>
        {shift.note ? (
          <Text size="sm" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
            {shift.note}
          </Text>
        ) : null}
      </Stack>
      <Stack gap={6} align="flex-end">
        <Group gap={4}>
          <Badge variant="light" color={STATUS_COLOURS[shift.status]}>
            {t(`projects.status.${shift.status}`)}
          </Badge>
          {shift.invoiced ? (
            <Badge variant="outline" color="gray">
              {t('projects.detail.invoiced')}
            </Badge>
          ) : null}
        </Group>
        {manage && !shift.invoiced && shift.status !== 'cancelled' ? (
          <Group gap={4}>
            {shift.status === 'planned' ? (
              <Button size="xs" onClick={() => onAct('confirm')}>
                {t('projects.shift.confirm')}
              </Button>
            ) : null}
            <Button size="xs" variant="default" onClick={() => onAct('cancel')}>
              {t('projects.shift.cancel')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Group>
  );
}

/** Confirming says the service confirmations go out; cancelling asks first too. */
function ActionDialog({
  shift,
  action,
  onClose,
  onDone,
}: {
  shift: StaffShift;
  action: 'confirm' | 'cancel';
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const act = useShiftAction(action);
  const [error, setError] = useState<string | null>(null);
  const when = `${format.day(shift.works_on)}, ${clock(shift.starts_at)}–${clock(shift.ends_at)}`;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`projects.shift.${action}Title`)}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {when} · {shift.worker_name}
        </Text>
        <Text size="sm">{t(`projects.shift.${action}Body`)}</Text>
        <DialogFooter
          confirmLabel={t(`projects.shift.${action}`)}
          danger={action === 'cancel'}
          loading={act.isPending}
          error={error}
          onCancel={onClose}
          onConfirm={() => {
            setError(null);
            act.mutate(shift.id, {
              onSuccess: (answer) =>
                onDone(
                  'mails_queued' in answer
                    ? t('projects.shift.confirmed', { count: answer.mails_queued })
                    : t('projects.shift.cancelled'),
                ),
              onError: (problem) =>
                setError(
                  isApiProblem(problem) && problem.detail
                    ? problem.detail
                    : t('common.states.errorBody'),
                ),
            });
          }}
        />
      </Stack>
    </Modal>
  );
}
