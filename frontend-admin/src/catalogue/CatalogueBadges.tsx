import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';

/** Whether a device or option can be ordered now. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={active ? 'kringTeal' : 'gray'} asWritten>
      {active ? t('catalogue.active') : t('catalogue.inactive')}
    </StatusBadge>
  );
}

/** Only organisations with an AD contract may order it. */
export function AdContractBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge color="kringClay" asWritten>
      {t('catalogue.needsAd')}
    </StatusBadge>
  );
}
