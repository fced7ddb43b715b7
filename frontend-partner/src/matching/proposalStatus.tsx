import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../api/matching';

const COLOURS: Record<ProposalStatus, string> = {
  sent: 'kringTeal',
  other_moment: 'yellow',
  accepted: 'green',
  declined: 'gray',
  withdrawn: 'gray',
  expired: 'gray',
  confirmed: 'green',
  ended: 'dark',
};

/** A proposal's state in words, as a badge. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" tt="none">
      {t(`matching.proposalStatus.${status}`)}
    </Badge>
  );
}
