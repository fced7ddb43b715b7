import { StatusBadge } from '@kring/common';
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

/** A proposal's state in words, as a badge. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={COLOURS[status]} asWritten>
      {t(`proposals.status.${status}`)}
    </StatusBadge>
  );
}
