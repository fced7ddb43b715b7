import { PageHeader, useMe } from '@kring/common';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAccountSearch, type Account } from '../api/accounts';
import { mayDo } from '../api/staffTasks';
import { CursorList, NameCell } from '../components/CursorList';
import { ListSearch } from '../components/ListSearch';
import { RequireStaff } from '../components/RequireStaff';
import { AccountStatusBadge } from '../people/AccountStatusBadge';
import { ADMIN_PATHS, peopleSearchPath, personPath } from '../paths';

/** Find accounts: the search and the page are in the address, so a link shares the result. */
export default function PeoplePage() {
  return (
    <RequireStaff task="view_accounts">
      <People />
    </RequireStaff>
  );
}

function People() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const cursor = params.get('cursor');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('people.title')}
        lead={t('people.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          mayDo(me.data, 'manage_accounts') ? (
            <Button component={Link} to={ADMIN_PATHS.newPerson}>
              {t('people.new')}
            </Button>
          ) : null
        }
      />
      <ListSearch
        id="people-q"
        formLabel={t('people.search.label')}
        label={t('people.search.q')}
        description={t('people.search.qHelp')}
        q={q}
        pathFor={(text) => peopleSearchPath(text)}
      />
      <Results q={q} cursor={cursor} />
    </Stack>
  );
}

function Results({ q, cursor }: { q: string; cursor: string | null }) {
  const { t } = useTranslation();
  const search = useAccountSearch(q, cursor);
  return (
    <CursorList
      query={search}
      cursor={cursor}
      pathAt={(at) => peopleSearchPath(q, at)}
      label={t('people.results')}
      highlightOnHover
      head={
        <>
          <Table.Th>{t('people.columns.person')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('people.columns.organisations')}</Table.Th>
          <Table.Th>{t('people.columns.status')}</Table.Th>
        </>
      }
      row={(account) => <ResultRow key={account.id} account={account} />}
      empty={{
        title: t('people.empty.title'),
        description: q ? t('people.empty.search', { q }) : t('people.empty.none'),
      }}
    />
  );
}

function ResultRow({ account }: { account: Account }) {
  const { t } = useTranslation();
  const organisations = account.memberships.map((m) => m.organisation_name).join(', ');
  return (
    <Table.Tr>
      <NameCell
        to={personPath(account.id)}
        name={account.full_name || account.email}
        detail={account.email}
      >
        {account.staff_role ? (
          <Text size="xs" c="dark.5">
            {t('people.staffRole', { role: t(`roles.${account.staff_role}`) })}
          </Text>
        ) : null}
      </NameCell>
      <Table.Td visibleFrom="sm">{organisations || '–'}</Table.Td>
      <Table.Td>
        <AccountStatusBadge status={account.status} />
      </Table.Td>
    </Table.Tr>
  );
}
