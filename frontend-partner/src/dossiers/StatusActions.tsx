import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import { useChangeStatus, type StatusChange } from '../api/dossierSharing';
import { DialogFooter, DossierDialog } from './dialogParts';

const REASON_MAX = 1000;

/** The changes the dossier's status allows now: pause a search, resume it, close for good. */
function changesFor(dossier: Dossier): StatusChange[] {
  switch (dossier.status) {
    case 'searching':
    case 'matched':
      return ['pause', 'close'];
    case 'paused':
      return ['resume', 'close'];
    case 'closed':
      return [];
    default:
      return ['close'];
  }
}

/** Pause, resume or close, each with a reason the history keeps (required to close). */
export function StatusActions({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const [change, setChange] = useState<StatusChange | null>(null);
  const mayChange = dossier.my_role === 'manager' || dossier.my_rights.includes('manage');
  const changes = changesFor(dossier);
  if (!mayChange || changes.length === 0) return null;
  return (
    <>
      <Group gap="sm" mb="md">
        {changes.map((each) => (
          <Button key={each} size="sm" variant="default" onClick={() => setChange(each)}>
            {t(`dossiers.statusChange.${each}.button`)}
          </Button>
        ))}
      </Group>
      {change ? (
        <ReasonDialog dossier={dossier} change={change} onClose={() => setChange(null)} />
      ) : null}
    </>
  );
}

function ReasonDialog({
  dossier,
  change,
  onClose,
}: {
  dossier: Dossier;
  change: StatusChange;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useChangeStatus(dossier.id);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const trimmed = reason.trim();
  const required = change === 'close';
  const wrong =
    required && trimmed === ''
      ? t('dossiers.statusChange.reasonRequired')
      : trimmed.length > REASON_MAX
        ? t('dossiers.statusChange.tooLong', { max: REASON_MAX })
        : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (wrong) return;
    save.mutate({ change, reason: trimmed }, { onSuccess: onClose });
  };
  return (
    <DossierDialog opened onClose={onClose} title={t(`dossiers.statusChange.${change}.title`)}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t(`dossiers.statusChange.${change}.what`, { name: dossier.who.first_name })}
          </Text>
          <Textarea
            id="status-reason"
            label={t('dossiers.statusChange.reason')}
            description={required ? undefined : t('dossiers.statusChange.reasonOptional')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried ? wrong : undefined}
            rows={3}
            required={required}
            data-autofocus
          />
          <DialogFooter
            confirmLabel={t(`dossiers.statusChange.${change}.confirm`)}
            danger={change === 'close'}
            loading={save.isPending}
            error={save.error}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </DossierDialog>
  );
}
