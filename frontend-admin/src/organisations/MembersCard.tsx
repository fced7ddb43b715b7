import { useMe } from '@kring/common';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrganisationMembers, type Member } from '../api/organisations';
import { mayDo } from '../api/staffTasks';
import { CursorList } from '../components/CursorList';
import { SplitRow } from '../components/SplitRow';
import { SectionCard } from '../components/SectionCard';
import { AccountStatusBadge } from '../people/AccountStatusBadge';
import { organisationPath, personPath, withQuery } from '../paths';

/** The address's query parameter naming the page of members shown. */
export const MEMBERS_CURSOR = 'members';

/** The organisation's contact persons (every staff role reads them; each is audited). */
export function MembersCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const cursor = params.get(MEMBERS_CURSOR);
  const members = useOrganisationMembers(organisationId, cursor);
  const mayOpen = mayDo(me.data, 'view_accounts');
  return (
    <SectionCard
      id="organisation-members"
      title={t('membersCard.title')}
      lead={t('membersCard.lead')}
    >
      <CursorList
        query={members}
        cursor={cursor}
        pathAt={(next) => withQuery(organisationPath(organisationId), { [MEMBERS_CURSOR]: next })}
        label={t('membersCard.title')}
        head={
          <>
            <Table.Th>{t('membersCard.columns.person')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('membersCard.columns.rights')}</Table.Th>
          </>
        }
        row={(member) => <MemberRow key={member.id} member={member} mayOpen={mayOpen} />}
        empty={{ title: t('membersCard.empty.title'), description: t('membersCard.empty.body') }}
      />
    </SectionCard>
  );
}

function MemberRow({ member, mayOpen }: { member: Member; mayOpen: boolean }) {
  const { t } = useTranslation();
  const name = member.full_name || member.email;
  const role = member.function_on_business_card ?? member.department;
  return (
    <SplitRow
      main={
        <>
          {mayOpen ? (
            <Anchor component={Link} to={personPath(member.user_id)} fw={600} size="sm">
              {name}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {name}
            </Text>
          )}
          <Text size="sm">{member.email}</Text>
          {role ? (
            <Text size="xs" c="dark.5">
              {role}
            </Text>
          ) : null}
        </>
      }
      side={
        <>
          <Stack gap={4} align="flex-start">
            <AccountStatusBadge status={member.account_status} />
            <Text size="xs" c="dark.5">
              {[
                member.portal_admin ? t('membersCard.portalAdmin') : null,
                member.portal_employee ? t('membersCard.portalEmployee') : t('membersCard.noLogin'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </>
      }
    />
  );
}
