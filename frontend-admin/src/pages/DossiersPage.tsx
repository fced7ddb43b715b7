import { PageHeader, useFormat } from '@kring/common';
import { Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DOSSIER_STATUSES, useStaffDossiers, type DossierStatus } from '../api/dossiers';
import { CursorList, NameCell } from '../components/CursorList';
import { ListSearch } from '../components/ListSearch';
import { RequireStaff } from '../components/RequireStaff';
import { DossierStatusBadge } from '../dossiers/DossierStatusBadge';
import { ADMIN_PATHS, DOSSIER_PATHS, dossierPath, withQuery } from '../paths';

/** Help seekers' dossiers (client records): find them by name and status; reads are logged. */
export default function DossiersPage() {
  return (
    <RequireStaff task="view_dossiers">
      <Dossiers />
    </RequireStaff>
  );
}

function statusFrom(value: string | null): DossierStatus | null {
  return DOSSIER_STATUSES.includes(value as DossierStatus) ? (value as DossierStatus) : null;
}

function Dossiers() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = statusFrom(params.get('status'));
  const cursor = params.get('cursor');
  const list = useStaffDossiers(q, status, cursor);
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('dossiers.title')}
        lead={t('dossiers.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <ListSearch
        id="dossiers-q"
        formLabel={t('dossiers.searchLabel')}
        label={t('dossiers.q')}
        q={q}
        pathFor={(text) => withQuery(DOSSIER_PATHS.list, { q: text, status })}
      />
      <Select
        id="dossiers-status"
        label={t('dossiers.filterStatus')}
        placeholder={t('dossiers.anyStatus')}
        data={DOSSIER_STATUSES.map((value) => ({ value, label: t(`dossiers.status.${value}`) }))}
        value={status}
        onChange={(value) => void navigate(withQuery(DOSSIER_PATHS.list, { q, status: value }))}
        clearable
        maw={320}
        comboboxProps={{ withinPortal: true }}
      />
      <CursorList
        query={list}
        cursor={cursor}
        pathAt={(at) => withQuery(DOSSIER_PATHS.list, { q, status, cursor: at })}
        label={t('dossiers.title')}
        highlightOnHover
        head={
          <>
            <Table.Th>{t('dossiers.columns.helpSeeker')}</Table.Th>
            <Table.Th>{t('dossiers.columns.status')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('dossiers.columns.created')}</Table.Th>
          </>
        }
        row={(dossier) => (
          <Table.Tr key={dossier.id}>
            <NameCell
              to={dossierPath(dossier.id)}
              name={dossier.help_seeker_name}
              detail={dossier.city}
            />
            <Table.Td>
              <DossierStatusBadge status={dossier.status} />
            </Table.Td>
            <Table.Td visibleFrom="sm">
              <Text size="sm">{format.date(dossier.created_at)}</Text>
            </Table.Td>
          </Table.Tr>
        )}
        empty={{ title: t('dossiers.empty.title'), description: t('dossiers.empty.body') }}
      />
    </Stack>
  );
}
