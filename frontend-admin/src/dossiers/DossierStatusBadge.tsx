import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../api/dossiers';

const COLOURS: Record<DossierStatus, string> = {
  draft: 'gray',
  awaiting_payment: 'kringClay',
  searching: 'blue',
  matched: 'kringTeal',
  paused: 'gray',
  closed: 'gray',
};

/** A dossier's status in words, coloured so a list can be scanned. */
export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[status]} style={{ flexShrink: 0 }}>
      {t(`dossiers.status.${status}`)}
    </Badge>
  );
}
