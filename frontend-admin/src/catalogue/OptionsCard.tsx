import { errorMessage } from '@kring/common';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateOption, type Device, type DeviceOption } from '../api/catalogue';
import { SectionCard } from '../components/SectionCard';
import { ActiveBadge, AdContractBadge } from './CatalogueBadges';
import { OptionDialog } from './OptionDialog';

/** A device's options in their order: add one, change one, withdraw one or offer it again. */
export function OptionsCard({ device }: { device: Device }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DeviceOption | 'new' | null>(null);
  const toggle = useUpdateOption(device.id);
  const options = [...device.options].sort((a, b) => a.position - b.position);
  return (
    <SectionCard
      id="device-options"
      title={t('device.options.title')}
      lead={t('device.options.lead')}
    >
      {options.length === 0 ? (
        <Text size="sm">{t('device.options.none')}</Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} aria-labelledby="device-options">
          {options.map((option) => (
            <Group
              key={option.id}
              component="li"
              justify="space-between"
              align="flex-start"
              gap="sm"
              py="sm"
              wrap="wrap"
              style={{ listStyle: 'none', borderTop: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Stack gap={2} miw={0} style={{ flex: '1 1 240px', overflowWrap: 'anywhere' }}>
                <Text size="sm" fw={600}>
                  {option.name_nl}
                </Text>
                <Text size="xs" c="dark.5">
                  {t('device.options.otherNames', { fr: option.name_fr, en: option.name_en })}
                </Text>
                <Group gap={6}>
                  <ActiveBadge active={option.active} />
                  {option.needs_ad_contract ? <AdContractBadge /> : null}
                </Group>
              </Stack>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setEditing(option)}
                  aria-label={t('device.options.editNamed', { name: option.name_nl })}
                >
                  {t('device.options.edit')}
                </Button>
                <Button
                  variant="default"
                  size="xs"
                  loading={toggle.isPending && toggle.variables.optionId === option.id}
                  onClick={() =>
                    toggle.mutate({ optionId: option.id, body: { active: !option.active } })
                  }
                  aria-label={t(
                    option.active ? 'device.options.withdrawNamed' : 'device.options.offerNamed',
                    { name: option.name_nl },
                  )}
                >
                  {option.active ? t('device.options.withdraw') : t('device.options.offer')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {toggle.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(toggle.error, t)}
        </Alert>
      ) : null}
      <Group>
        <Button variant="light" onClick={() => setEditing('new')}>
          {t('device.options.add')}
        </Button>
      </Group>
      <OptionDialog
        device={device}
        option={editing === 'new' || editing === null ? undefined : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </SectionCard>
  );
}
