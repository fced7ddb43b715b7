import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from './api';

const STATUS_COLOR: Record<InvoiceStatus, string> = {
  open: 'blue',
  overdue: 'red',
  paid: 'kringTeal',
};

/** Open (blue), overdue (red), paid (teal). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} asWritten>
      {t(`invoices.status.${status}`)}
    </StatusBadge>
  );
}
