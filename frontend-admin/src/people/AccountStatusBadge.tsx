import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  active: 'kringTeal',
  invited: 'blue',
  deactivated: 'gray',
  deleted: 'red',
};

/** An account's status in words, coloured so a list can be scanned. */
export function AccountStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={COLOURS[status] ?? 'gray'}>
      {t(`people.status.${status in COLOURS ? status : 'unknown'}`)}
    </StatusBadge>
  );
}
