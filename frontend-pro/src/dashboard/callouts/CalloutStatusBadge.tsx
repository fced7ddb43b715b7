import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalloutSummary } from './api';

const COLOURS = { open: 'kringTeal.8', closed: 'gray.8', ended: 'gray.8' } as const;

export function CalloutStatusBadge({ status }: { status: CalloutSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'open' ? 'filled' : 'outline'} color={COLOURS[status]}>
      {t(`callouts.status.${status}`)}
    </Badge>
  );
}
