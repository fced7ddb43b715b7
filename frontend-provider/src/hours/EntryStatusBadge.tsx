import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '../api/hours';

const COLOURS: Record<EntryStatus, string> = {
  submitted: 'kringClay',
  approved: 'kringTeal',
  rejected: 'red',
  superseded: 'gray',
};

/** Where hours stand: waiting, approved, rejected, or replaced by an approved correction. */
export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={COLOURS[status]} asWritten>
      {t(`hours.status.${status}`)}
    </StatusBadge>
  );
}
