import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from './api';

/** Open (blue), overdue (red), paid (teal). */
const STATUS_COLOR: Record<InvoiceStatus, string> = {
  open: 'blue',
  overdue: 'red',
  paid: 'kringTeal',
};

/** An invoice's status in words. */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} asWritten>
      {t(`invoices.status.${status}`)}
    </StatusBadge>
  );
}
