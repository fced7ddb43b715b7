import {
  EmptyState,
  ErrorState,
  LoadingState,
  organisationKindLabel,
  PageHeader,
} from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOrganisationList } from '../api/organisations';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, ORGANISATION_PATHS, organisationPath, withQuery } from '../paths';

/** Find organisations by name, KvK or enterprise number; the search is in the address. */
export default function OrganisationsPage() {
  return (
    <RequireStaff task="view_organisations">
      <Organisations />
    </RequireStaff>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const cursor = params.get('cursor');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('organisations.title')}
        lead={t('organisations.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
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
    void navigate(withQuery(ORGANISATION_PATHS.list, { q: text.trim() }));
  };
  return (
    <form role="search" aria-label={t('organisations.searchLabel')} onSubmit={onSubmit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          id="organisations-q"
          label={t('organisations.q')}
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
  const list = useOrganisationList(q, cursor);
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { items, next_cursor: next } = list.data;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t('organisations.empty.title')}
        description={t('organisations.empty.body')}
      />
    );
  }
  return (
    <Stack gap="md">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('organisations.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisations.columns.organisation')}</Table.Th>
                <Table.Th>{t('organisations.columns.number')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Anchor component={Link} to={organisationPath(organisation.id)} fw={600}>
                      {organisation.name}
                    </Anchor>
                    <Text size="sm" c="dark.5">
                      {organisationKindLabel(organisation.kind, t)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{organisation.registration_number ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Group gap="sm" justify="space-between">
        {cursor ? (
          <Anchor component={Link} to={withQuery(ORGANISATION_PATHS.list, { q })}>
            {t('people.pages.first')}
          </Anchor>
        ) : (
          <span />
        )}
        {next ? (
          <Button
            component={Link}
            to={withQuery(ORGANISATION_PATHS.list, { q, cursor: next })}
            variant="light"
          >
            {t('people.pages.next')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
