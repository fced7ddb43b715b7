import { useFormat } from '@kring/common';
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dossier } from '../../api/dossiers';
import { dossierPath } from '../../paths';
import { WizardFrame } from './WizardFrame';

/** After the last step: what happens next (the fee, then matching for verified partners). */
export function DoneStep({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <WizardFrame
      step={null}
      dossierId={dossier.id}
      completed={dossier.completed_steps}
      title={t('dossiers.wizard.done.title')}
      lead={t('dossiers.wizard.done.lead')}
    >
      <Stack gap="md">
        <List type="ordered" spacing="sm">
          <List.Item>
            {t('dossiers.wizard.done.pay', { amount: format.money(dossier.fee_cents) })}
          </List.Item>
          <List.Item>{t('dossiers.wizard.done.submit')}</List.Item>
        </List>
        <Text size="sm" c="dark.6">
          {t('dossiers.wizard.done.verified')}
        </Text>
        <Group justify="flex-end">
          <Button
            component={Link}
            to={dossierPath(dossier.id)}
            color="kringClay.7"
            w={{ base: '100%', xs: 'auto' }}
          >
            {t('dossiers.wizard.nav.toDossier')}
          </Button>
        </Group>
      </Stack>
    </WizardFrame>
  );
}
