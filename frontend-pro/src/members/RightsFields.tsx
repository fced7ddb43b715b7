import type { MemberRights } from '../api/members';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FlagSwitch } from './FlagSwitch';

/** Which of the four combinations of the two rights this is, for its explanation. */
export function rightsCombination(rights: MemberRights) {
  if (rights.portal_admin && rights.portal_employee) return 'adminEmployee';
  if (rights.portal_employee) return 'employee';
  if (rights.portal_admin) return 'adminOnly';
  return 'none';
}

export interface RightsFieldsProps {
  /** Prefix of the switches' ids, unique on the page. */
  idPrefix: string;
  value: MemberRights;
  onChange: (value: MemberRights) => void;
  disabled?: boolean;
}

/**
 * The two rights (portal admin, portal employee) as switches with Careflex's explanations, and
 * what the chosen combination means.
 */
export function RightsFields({ idPrefix, value, onChange, disabled }: RightsFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <FlagSwitch
        id={`${idPrefix}-admin`}
        label={t('rights.portalAdmin.label')}
        checked={value.portal_admin}
        onChange={(portal_admin) => onChange({ ...value, portal_admin })}
        on={t('rights.portalAdmin.on')}
        off={t('rights.portalAdmin.off')}
        disabled={disabled}
      />
      <FlagSwitch
        id={`${idPrefix}-employee`}
        label={t('rights.portalEmployee.label')}
        checked={value.portal_employee}
        onChange={(portal_employee) => onChange({ ...value, portal_employee })}
        hint={t('rights.portalEmployee.hint')}
        disabled={disabled}
      />
      <Alert
        variant="light"
        color={value.portal_employee ? 'kringTeal' : 'kringClay'}
        title={t('rights.combinationTitle')}
        role="status"
        data-testid={`${idPrefix}-combination`}
      >
        <Text size="sm">{t(`rights.combination.${rightsCombination(value)}`)}</Text>
      </Alert>
    </Stack>
  );
}
