import { Badge } from '@mantine/core';
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

// Light badges need darker words than Mantine's own to stay readable (axe: 4.5:1).
const TEXT: Record<string, string> = {
  gray: 'gray.8',
  kringClay: 'kringClay.8',
  kringTeal: 'kringTeal.9',
  yellow: 'dark.7',
  dark: 'dark.7',
};

/** A dossier's status in words, as a badge. */
export function StatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} c={TEXT[COLOURS[status]]} variant="light" size="lg" tt="none">
      {t(`dossiers.status.${status}`)}
    </Badge>
  );
}
