import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerAccessStatus } from '../api/partnerAccess';

const COLOURS: Record<PartnerAccessStatus, string> = {
  requested: 'kringClay',
  accepted: 'kringTeal',
  refused: 'gray',
};

/** Waiting, accepted or refused, in words and colour. */
export function PartnerAccessStatusBadge({ status }: { status: PartnerAccessStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOURS[status]} style={{ flexShrink: 0 }}>
      {t(`partnerAccess.status.${status}`)}
    </Badge>
  );
}
