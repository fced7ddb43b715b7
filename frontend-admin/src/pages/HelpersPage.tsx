import { PageHeader } from '@kring/common';
import { Badge, Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  helperFiltersFrom,
  helperQuery,
  useHelperList,
  type HelperFilters,
  type HelperSummary,
} from '../api/helpers';
import { CursorList, NameCell } from '../components/CursorList';
import { ListSearch } from '../components/ListSearch';
import { RequireStaff } from '../components/RequireStaff';
import { HelperStanding } from '../helpers/HelperStanding';
import { ADMIN_PATHS, HELPER_PATHS, helperPath, withQuery } from '../paths';

/** Helpers, newest first: find them by name or e-mail, or the queue waiting for the badge. */
export default function HelpersPage() {
  return (
    <RequireStaff task="view_providers">
      <Helpers />
    </RequireStaff>
  );
}

const listPath = (query: URLSearchParams) =>
  withQuery(HELPER_PATHS.list, Object.fromEntries(query.entries()));

function Helpers() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = helperFiltersFrom(params);
  const cursor = params.get('cursor');
  const list = useHelperList(filters, cursor);
  const change = (next: Partial<HelperFilters>) =>
    void navigate(listPath(helperQuery({ ...filters, ...next })));
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('helpers.title')}
        lead={t('helpers.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <ListSearch
        id="helpers-q"
        formLabel={t('helpers.searchLabel')}
        label={t('helpers.q')}
        q={filters.q}
        pathFor={(text) => listPath(helperQuery({ ...filters, q: text }))}
      />
      <Checkbox
        id="helpers-waiting"
        label={t('helpers.waiting')}
        checked={filters.waiting}
        onChange={(event) => change({ waiting: event.currentTarget.checked })}
      />
      <CursorList
        query={list}
        cursor={cursor}
        pathAt={(at) => listPath(helperQuery(filters, at))}
        label={t('helpers.results')}
        highlightOnHover
        head={
          <>
            <Table.Th>{t('helpers.columns.helper')}</Table.Th>
            <Table.Th>{t('helpers.columns.status')}</Table.Th>
          </>
        }
        row={(helper) => <HelperRow key={helper.id} helper={helper} />}
        empty={{ title: t('helpers.empty.title'), description: t('helpers.empty.body') }}
      />
    </Stack>
  );
}

function HelperRow({ helper }: { helper: HelperSummary }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <NameCell
        to={helperPath(helper.id)}
        name={helper.name}
        detail={`${helper.email} · ${helper.city}`}
      />
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <HelperStanding helper={helper} />
          <Text size="xs" c="dark.5">
            {t(`helpers.kind.${helper.kind}`)}
          </Text>
          {helper.seen_in_person ? (
            <Badge variant="light" color="kringTeal" tt="none">
              {t('helpers.seenInPerson')}
            </Badge>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
