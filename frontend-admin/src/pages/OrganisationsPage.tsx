import { organisationKindLabel, PageHeader, useMe } from '@kring/common';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useOrganisationList } from '../api/organisations';
import { CursorList, NameCell } from '../components/CursorList';
import { ListSearch } from '../components/ListSearch';
import { RequireStaff } from '../components/RequireStaff';
import { mayDo } from '../api/staffTasks';
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
  const me = useMe();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const cursor = params.get('cursor');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('organisations.title')}
        lead={t('organisations.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          mayDo(me.data, 'manage_organisations') ? (
            <Button component={Link} to={ORGANISATION_PATHS.new}>
              {t('organisations.new')}
            </Button>
          ) : null
        }
      />
      <ListSearch
        id="organisations-q"
        formLabel={t('organisations.searchLabel')}
        label={t('organisations.q')}
        q={q}
        pathFor={(text) => withQuery(ORGANISATION_PATHS.list, { q: text })}
      />
      <Results q={q} cursor={cursor} />
    </Stack>
  );
}

function Results({ q, cursor }: { q: string; cursor: string | null }) {
  const { t } = useTranslation();
  const list = useOrganisationList(q, cursor);
  return (
    <CursorList
      query={list}
      cursor={cursor}
      pathAt={(at) => withQuery(ORGANISATION_PATHS.list, { q, cursor: at })}
      label={t('organisations.title')}
      highlightOnHover
      head={
        <>
          <Table.Th>{t('organisations.columns.organisation')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('organisations.columns.number')}</Table.Th>
        </>
      }
      row={(organisation) => (
        <Table.Tr key={organisation.id}>
          <NameCell
            to={organisationPath(organisation.id)}
            name={organisation.name}
            detail={organisationKindLabel(organisation.kind, t)}
          >
            {organisation.registration_number ? (
              <Text size="sm" c="dark.5" hiddenFrom="sm">
                {organisation.registration_number}
              </Text>
            ) : null}
          </NameCell>
          <Table.Td visibleFrom="sm">{organisation.registration_number ?? '–'}</Table.Td>
        </Table.Tr>
      )}
      empty={{ title: t('organisations.empty.title'), description: t('organisations.empty.body') }}
    />
  );
}
