import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { DossierStatus } from '../api/dossiers';

const COLOURS: Record<DossierStatus, string> = {
  draft: 'gray',
  awaiting_payment: 'orange',
  searching: 'blue',
  matched: 'kringTeal',
  paused: 'gray',
  closed: 'gray',
};

/** A dossier's status in words, coloured so a list can be scanned. */
export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={COLOURS[status]}>{t(`dossiers.status.${status}`)}</StatusBadge>;
}
