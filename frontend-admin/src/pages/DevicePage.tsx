import { ErrorState, LoadingState, PageHeader, toLanguage } from '@kring/common';
import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useCreateDevice, useDevice, useUpdateDevice, type Device } from '../api/catalogue';
import { ActiveBadge, AdContractBadge } from '../catalogue/CatalogueBadges';
import { DeviceForm } from '../catalogue/DeviceForm';
import { deviceCreateBody, deviceUpdateBody } from '../catalogue/deviceSchema';
import { OptionsCard } from '../catalogue/OptionsCard';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, CATALOGUE_PATHS, devicePath } from '../paths';

/** What the device page says after a save (router state). */
interface DeviceLocationState {
  saved?: 'created' | 'changed';
}

/** A new device in the catalogue (its options are added on its page). */
export function NewDevicePage() {
  return (
    <RequireStaff task="manage_catalogue">
      <NewDevice />
    </RequireStaff>
  );
}

/** One device: its details to change, and its options. */
export default function DevicePage() {
  return (
    <RequireStaff task="manage_catalogue">
      <DeviceView />
    </RequireStaff>
  );
}

function NewDevice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDevice();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('device.newTitle')}
        lead={t('device.newLead')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('catalogue.title'), to: CATALOGUE_PATHS.list },
        ]}
      />
      <DeviceForm
        submitLabel={t('device.create')}
        cancelTo={CATALOGUE_PATHS.list}
        onSave={async (values) => {
          const device = await create.mutateAsync(deviceCreateBody(values));
          const state: DeviceLocationState = { saved: 'created' };
          void navigate(devicePath(device.id), { state });
        }}
      />
    </Stack>
  );
}

function DeviceView() {
  const { deviceId = '' } = useParams();
  const device = useDevice(deviceId);
  if (device.isPending) return <LoadingState />;
  if (device.isError) {
    return <ErrorState error={device.error} onRetry={() => void device.refetch()} />;
  }
  return <DeviceDetails device={device.data} />;
}

function DeviceDetails({ device }: { device: Device }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const update = useUpdateDevice(device.id);
  const saved = (location.state as DeviceLocationState | null)?.saved;
  const name = device[`name_${toLanguage(i18n.language)}`];
  const here = devicePath(device.id);
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={name}
        lead={t('device.lead', { code: device.code })}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('catalogue.title'), to: CATALOGUE_PATHS.list },
        ]}
        actions={
          <Group gap={6}>
            <ActiveBadge active={device.active} />
            {device.needs_ad_contract ? <AdContractBadge /> : null}
          </Group>
        }
      />
      {saved ? (
        <Alert color="kringTeal" variant="light" role="status">
          {t(`device.saved.${saved}`)}
        </Alert>
      ) : null}
      <DeviceForm
        // A fresh form from the device as stored after each save.
        key={device.modified_at}
        device={device}
        submitLabel={t('device.save')}
        cancelTo={CATALOGUE_PATHS.list}
        onSave={async (values) => {
          const body = deviceUpdateBody(values, device);
          if (Object.keys(body).length > 0) await update.mutateAsync(body);
          const state: DeviceLocationState = { saved: 'changed' };
          void navigate(here, { state, replace: true });
        }}
      />
      <OptionsCard device={device} />
    </Stack>
  );
}
