import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHealth } from '../api/health';

/** One quiet line saying whether the API answers. */
export function ServiceStatus() {
  const { t } = useTranslation();
  const health = useHealth();
  const state = health.isPending ? 'checking' : health.data?.status === 'ok' ? 'ok' : 'down';
  const colour = { checking: 'gray.5', ok: 'kringTeal.6', down: 'kringClay.6' }[state];
  return (
    <Group gap={8} role="status" aria-live="polite" data-state={state}>
      <Box w={8} h={8} bg={colour} style={{ borderRadius: '50%' }} aria-hidden="true" />
      <Text size="sm" c="dimmed">
        {t('common.serviceStatus.line', { state: t(`common.serviceStatus.${state}`) })}
      </Text>
    </Group>
  );
}
