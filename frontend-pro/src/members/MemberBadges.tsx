import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../api/members';

/**
 * Rights, account status and second factor of a contact person, as small labels; a contact
 * without log-in only says so.
 */
export function MemberBadges({ member, isSelf = false }: { member: Member; isSelf?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {isSelf ? (
        <Badge variant="filled" color="kringTeal" size="sm">
          {t('member.badges.you')}
        </Badge>
      ) : null}
      {member.portal_admin ? (
        <Badge variant="light" color="kringClay" size="sm">
          {t('member.badges.admin')}
        </Badge>
      ) : null}
      {member.portal_employee ? (
        <>
          <Badge variant="light" color="kringTeal" size="sm">
            {t('member.badges.employee')}
          </Badge>
          <Badge
            variant="outline"
            color={member.account_status === 'active' ? 'kringTeal' : 'gray.7'}
            size="sm"
          >
            {t(`member.status.${member.account_status}`)}
          </Badge>
          <Badge
            variant="outline"
            color={member.has_second_factor ? 'kringTeal' : 'gray.7'}
            size="sm"
          >
            {member.has_second_factor ? t('member.badges.mfaOn') : t('member.badges.mfaOff')}
          </Badge>
        </>
      ) : (
        // A contact without log-in: no account to speak of.
        <Badge variant="outline" color="gray.7" size="sm">
          {t('member.badges.noAccess')}
        </Badge>
      )}
    </Group>
  );
}
