import { StatusBadge as TintBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { DossierStatus, DossierStep } from '../api/dossiers';

export const STATUSES: readonly DossierStatus[] = [
  'draft',
  'awaiting_payment',
  'searching',
  'matched',
  'paused',
  'closed',
];

export const isStatus = (value: string | null): value is DossierStatus =>
  value !== null && (STATUSES as readonly string[]).includes(value);

/** The wizard's five steps, in order. */
export const STEPS: readonly DossierStep[] = ['who', 'help', 'when', 'bank', 'terms'];

export const isStep = (value: string | undefined): value is DossierStep =>
  value !== undefined && (STEPS as readonly string[]).includes(value);

const COLOURS: Record<DossierStatus, string> = {
  draft: 'gray',
  awaiting_payment: 'kringClay',
  searching: 'kringTeal',
  matched: 'kringTeal',
  paused: 'yellow',
  closed: 'dark',
};

/** A dossier's status in words, as a badge. */
export function StatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return (
    <TintBadge color={COLOURS[status]} size="lg" asWritten>
      {t(`dossiers.status.${status}`)}
    </TintBadge>
  );
}
