import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { PartnerAccessStatus } from '../api/partnerAccess';

const COLOURS: Record<PartnerAccessStatus, string> = {
  requested: 'orange',
  accepted: 'kringTeal',
  refused: 'gray',
};

/** Waiting, accepted or refused, in words and colour. */
export function PartnerAccessStatusBadge({ status }: { status: PartnerAccessStatus }) {
  const { t } = useTranslation();
  return <StatusBadge color={COLOURS[status]}>{t(`partnerAccess.status.${status}`)}</StatusBadge>;
}
