import { EmptyState, ErrorState, LoadingState, PageHeader } from '@kring/common';
import { Anchor, Button, Card, Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PROVIDER_STATUSES,
  providerFiltersFrom,
  providerQuery,
  useProviderList,
  VOG_STATUSES,
  type ProviderFilters,
  type ProviderStatus,
  type VogStatus,
} from '../api/providers';
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
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { items, next_cursor: next } = list.data;
  if (items.length === 0) {
    return (
      <EmptyState title={t('providers.empty.title')} description={t('providers.empty.body')} />
    );
  }
  return (
    <Stack gap="md">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('providers.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('providers.columns.provider')}</Table.Th>
                <Table.Th>{t('providers.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((provider) => {
                const vog = vogStatusOf(provider);
                return (
                  <Table.Tr key={provider.id}>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      <Anchor component={Link} to={providerPath(provider.id)} fw={600}>
                        {provider.name}
                      </Anchor>
                      <Text size="sm" c="dark.5">
                        {provider.company_name ?? provider.email}
                      </Text>
                    </Table.Td>
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
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Group gap="sm" justify="space-between">
        {cursor ? (
          <Anchor component={Link} to={providersListPath(providerQuery(filters))}>
            {t('people.pages.first')}
          </Anchor>
        ) : (
          <span />
        )}
        {next ? (
          <Button
            component={Link}
            to={providersListPath(providerQuery(filters, next))}
            variant="light"
          >
            {t('people.pages.next')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
