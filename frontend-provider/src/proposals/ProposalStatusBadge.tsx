import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../api/proposals';

const COLOURS: Record<ProposalStatus, string> = {
  sent: 'kringClay',
  other_moment: 'yellow',
  accepted: 'kringTeal',
  declined: 'gray',
  withdrawn: 'gray',
  expired: 'gray',
  confirmed: 'kringTeal',
  ended: 'dark',
};

// Light badges need darker words than Mantine's own to stay readable (axe: 4.5:1).
const TEXT: Record<string, string> = {
  yellow: 'dark.7',
  gray: 'gray.8',
  kringTeal: 'kringTeal.9',
  kringClay: 'kringClay.8',
  dark: 'dark.7',
};

/** A proposal's state in the helper's words, as a badge. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} c={TEXT[COLOURS[status]]} variant="light" tt="none">
      {t(`proposals.status.${status}`)}
    </Badge>
  );
}
