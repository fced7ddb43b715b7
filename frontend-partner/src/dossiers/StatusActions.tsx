import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import { useChangeStatus, type StatusChange } from '../api/dossierSharing';
import { ReasonDialog } from './dialogParts';

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
        <ChangeDialog dossier={dossier} change={change} onClose={() => setChange(null)} />
      ) : null}
    </>
  );
}

function ChangeDialog({
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
  return (
    <ReasonDialog
      id="status-reason"
      title={t(`dossiers.statusChange.${change}.title`)}
      what={t(`dossiers.statusChange.${change}.what`, { name: dossier.who.first_name })}
      reason={change === 'close' ? 'required' : 'optional'}
      confirmLabel={t(`dossiers.statusChange.${change}.confirm`)}
      danger={change === 'close'}
      pending={save.isPending}
      error={save.error}
      onConfirm={(reason) => save.mutate({ change, reason }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
