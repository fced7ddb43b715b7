import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../api/proposals';

const COLOURS: Record<ProposalStatus, string> = {
  sent: 'kringClay',
  other_moment: 'yellow',
  accepted: 'green',
  declined: 'gray',
  withdrawn: 'gray',
  expired: 'gray',
  confirmed: 'green',
  ended: 'dark',
};

/** A proposal's state in the helper's words, as a badge. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" tt="none">
      {t(`proposals.status.${status}`)}
    </Badge>
  );
}
