import { PageHeader } from '@kring/common';
import { Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  PROVIDER_STATUSES,
  providerFiltersFrom,
  providerQuery,
  useProviderList,
  VOG_STATUSES,
  type Provider,
  type ProviderFilters,
  type ProviderStatus,
  type VogStatus,
} from '../api/providers';
import { CursorList, NameCell } from '../components/CursorList';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, providerPath, providersListPath } from '../paths';
import { ProviderStatusBadge, vogStatusOf } from '../providers/ProviderStatusBadge';

/** Providers by status and VOG; the filters and the page are in the address. */
export default function ProvidersPage() {
  return (
    <RequireStaff task="view_providers">
      <Providers />
    </RequireStaff>
  );
}

function Providers() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = providerFiltersFrom(params);
  const cursor = params.get('cursor');
  // A changed filter starts at the first page.
  const change = (next: Partial<ProviderFilters>) =>
    void navigate(providersListPath(providerQuery({ ...filters, ...next })));
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('providers.title')}
        lead={t('providers.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('providers.filters')}>
        <Select
          id="providers-status"
          label={t('providers.filterStatus')}
          placeholder={t('providers.any')}
          data={PROVIDER_STATUSES.map((value) => ({
            value,
            label: t(`providers.status.${value}`),
          }))}
          value={filters.status}
          onChange={(value) => change({ status: value as ProviderStatus | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 200px' }}
        />
        <Select
          id="providers-vog"
          label={t('providers.filterVog')}
          placeholder={t('providers.any')}
          data={VOG_STATUSES.map((value) => ({ value, label: t(`providers.vog.${value}`) }))}
          value={filters.vog}
          onChange={(value) => change({ vog: value as VogStatus | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 200px' }}
        />
        <Checkbox
          id="providers-vog-missing"
          label={t('providers.vogMissing')}
          checked={filters.vogMissing}
          onChange={(event) => change({ vogMissing: event.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <Results filters={filters} cursor={cursor} />
    </Stack>
  );
}

function Results({ filters, cursor }: { filters: ProviderFilters; cursor: string | null }) {
  const { t } = useTranslation();
  const list = useProviderList(filters, cursor);
  return (
    <CursorList
      query={list}
      cursor={cursor}
      pathAt={(at) => providersListPath(providerQuery(filters, at))}
      label={t('providers.results')}
      highlightOnHover
      head={
        <>
          <Table.Th>{t('providers.columns.provider')}</Table.Th>
          <Table.Th>{t('providers.columns.status')}</Table.Th>
        </>
      }
      row={(provider) => <ProviderRow key={provider.id} provider={provider} />}
      empty={{ title: t('providers.empty.title'), description: t('providers.empty.body') }}
    />
  );
}

function ProviderRow({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const vog = vogStatusOf(provider);
  return (
    <Table.Tr>
      <NameCell
        to={providerPath(provider.id)}
        name={provider.name}
        detail={provider.company_name ?? provider.email}
      />
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <ProviderStatusBadge status={provider.status} />
          {vog ? (
            <Text size="xs" c="dark.5">
              {t('providers.vogIs', { status: t(`providers.vog.${vog}`) })}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
