import { PageHeader, toLanguage } from '@kring/common';
import { Anchor, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  DEVICE_CATEGORIES,
  deviceFiltersFrom,
  deviceQuery,
  useDevices,
  type Device,
  type DeviceCategory,
  type DeviceFilters,
} from '../api/catalogue';
import { ActiveBadge, AdContractBadge } from '../catalogue/CatalogueBadges';
import { ListSearch } from '../components/ListSearch';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { TWO_COLUMNS } from '../components/SplitRow';
import { ADMIN_PATHS, CATALOGUE_PATHS, catalogueListPath, devicePath } from '../paths';

/** The catalogue of assistive devices the care professionals order from. */
export default function DevicesPage() {
  return (
    <RequireStaff task="manage_catalogue">
      <Devices />
    </RequireStaff>
  );
}

function Devices() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = deviceFiltersFrom(params);
  const change = (next: Partial<DeviceFilters>) =>
    void navigate(catalogueListPath(deviceQuery({ ...filters, ...next })));
  const active = filters.active === null ? null : String(filters.active);
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('catalogue.title')}
        lead={t('catalogue.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          <Button component={Link} to={CATALOGUE_PATHS.new}>
            {t('catalogue.add')}
          </Button>
        }
      />
      <ListSearch
        id="catalogue-q"
        formLabel={t('catalogue.searchLabel')}
        label={t('catalogue.q')}
        q={filters.q}
        pathFor={(q) => catalogueListPath(deviceQuery({ ...filters, q }))}
      />
      <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t('catalogue.filters')}>
        <Select
          id="catalogue-category"
          label={t('catalogue.filterCategory')}
          placeholder={t('catalogue.any')}
          data={DEVICE_CATEGORIES.map((value) => ({
            value,
            label: t(`catalogue.category.${value}`),
          }))}
          value={filters.category}
          onChange={(value) => change({ category: value as DeviceCategory | null })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          id="catalogue-active"
          label={t('catalogue.filterActive')}
          placeholder={t('catalogue.activeAny')}
          data={[
            { value: 'true', label: t('catalogue.activeOnly') },
            { value: 'false', label: t('catalogue.inactiveOnly') },
          ]}
          value={active}
          onChange={(value) => change({ active: value === null ? null : value === 'true' })}
          clearable
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 220px' }}
        />
      </Group>
      <Results filters={filters} />
    </Stack>
  );
}

function Results({ filters }: { filters: DeviceFilters }) {
  const { t } = useTranslation();
  const list = useDevices(filters);
  const filtered = Boolean(filters.q || filters.category || filters.active !== null);
  return (
    <MoreList
      query={list}
      empty={{
        title: t('catalogue.empty.title'),
        description: filtered ? t('catalogue.empty.filtered') : t('catalogue.empty.body'),
      }}
      moreLabel={t('catalogue.more')}
      shownLabel={(count) => t('catalogue.shown', { count })}
    >
      {(devices) => <DevicesTable devices={devices} />}
    </MoreList>
  );
}

function DevicesTable({ devices }: { devices: Device[] }) {
  const { t } = useTranslation();
  const wide = useMediaQuery(TWO_COLUMNS, true, { getInitialValueInEffect: false });
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('catalogue.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.columns.device')}</Table.Th>
              {wide ? <Table.Th>{t('catalogue.columns.kind')}</Table.Th> : null}
              <Table.Th>{t('catalogue.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((device) => (
              <Table.Tr key={device.id} style={{ verticalAlign: 'top' }}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <DeviceName device={device} />
                  {/* On a phone what the device is reads under its name. */}
                  {wide ? null : <DeviceKind device={device} />}
                </Table.Td>
                {wide ? (
                  <Table.Td>
                    <DeviceKind device={device} />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <ActiveBadge active={device.active} />
                    {device.needs_ad_contract ? <AdContractBadge /> : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The device's name in the staff member's language, as a link, with its code. */
function DeviceName({ device }: { device: Device }) {
  const { i18n } = useTranslation();
  const name = device[`name_${toLanguage(i18n.language)}`];
  return (
    <>
      <Anchor component={Link} to={devicePath(device.id)} fw={600}>
        {name}
      </Anchor>
      <Text size="sm" c="dark.5">
        {device.code}
      </Text>
    </>
  );
}

function DeviceKind({ device }: { device: Device }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">
        {t(`catalogue.category.${device.category}`)} · {t(`catalogue.supply.${device.supply}`)}
      </Text>
      <Text size="sm" c="dark.5">
        {t('catalogue.optionCount', { count: device.options.length })}
      </Text>
    </>
  );
}
