import { Badge } from '@mantine/core';
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
    <Badge
      variant="light"
      color={COLOURS[status] ?? 'gray'}
      // The whole word, also in a narrow column on a phone ("Uitgenodigd").
      style={{ overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`people.status.${status in COLOURS ? status : 'unknown'}`)}
    </Badge>
  );
}
