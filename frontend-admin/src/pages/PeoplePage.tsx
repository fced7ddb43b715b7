import { EmptyState, ErrorState, LoadingState, useMe, PageHeader } from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAccountSearch, type Account } from '../api/accounts';
import { mayDo } from '../api/staffTasks';
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
      {/* The key starts the field afresh when the address changes (back button, a shared link). */}
      <SearchForm key={q} q={q} />
      <Results q={q} cursor={cursor} />
    </Stack>
  );
}

function SearchForm({ q }: { q: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState(q);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A new search starts at its first page.
    void navigate(peopleSearchPath(text.trim()));
  };
  return (
    <form role="search" aria-label={t('people.search.label')} onSubmit={onSubmit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          id="people-q"
          label={t('people.search.q')}
          description={t('people.search.qHelp')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: '1 1 240px' }}
        />
        <Button type="submit">{t('people.search.submit')}</Button>
      </Group>
    </form>
  );
}

function Results({ q, cursor }: { q: string; cursor: string | null }) {
  const { t } = useTranslation();
  const search = useAccountSearch(q, cursor);
  if (search.isPending) return <LoadingState />;
  if (search.isError) {
    return <ErrorState error={search.error} onRetry={() => void search.refetch()} />;
  }
  const { items, next_cursor: next } = search.data;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t('people.empty.title')}
        description={q ? t('people.empty.search', { q }) : t('people.empty.none')}
      />
    );
  }
  return (
    <Stack gap="md">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('people.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('people.columns.person')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('people.columns.organisations')}</Table.Th>
                <Table.Th>{t('people.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((account) => (
                <ResultRow key={account.id} account={account} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Group gap="sm" justify="space-between">
        {cursor ? (
          <Anchor component={Link} to={peopleSearchPath(q)}>
            {t('people.pages.first')}
          </Anchor>
        ) : (
          <span />
        )}
        {next ? (
          <Button component={Link} to={peopleSearchPath(q, next)} variant="light">
            {t('people.pages.next')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function ResultRow({ account }: { account: Account }) {
  const { t } = useTranslation();
  const organisations = account.memberships.map((m) => m.organisation_name).join(', ');
  return (
    <Table.Tr>
      <Table.Td style={{ wordBreak: 'break-word' }}>
        <Anchor component={Link} to={personPath(account.id)} fw={600}>
          {account.full_name || account.email}
        </Anchor>
        <Text size="sm" c="dark.5">
          {account.email}
        </Text>
        {account.staff_role ? (
          <Text size="xs" c="dark.5">
            {t('people.staffRole', { role: t(`roles.${account.staff_role}`) })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td visibleFrom="sm">{organisations || '–'}</Table.Td>
      <Table.Td>
        <AccountStatusBadge status={account.status} />
      </Table.Td>
    </Table.Tr>
  );
}
