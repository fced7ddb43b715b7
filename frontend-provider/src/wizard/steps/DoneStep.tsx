import { useFormat } from '@kring/common';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vogPath } from '../../home/GoLiveCard';
import { PROVIDER_PATHS } from '../../home/paths';
import { PromotionPackageList } from '../PromotionPackageList';
import { StepFrame } from '../StepFrame';
import type { StepProps } from '../Wizard';
import { WRAPPING_BUTTON } from '../wrappingButton';
import { NO_FEE } from './PaymentStep';

/** Where the provider goes from here: the pages around the profile, the dashboard last. */
const NEXT_LINKS = [
  { key: 'promotion', to: PROVIDER_PATHS.promotion },
  { key: 'video', to: PROVIDER_PATHS.video },
  { key: 'preview', to: PROVIDER_PATHS.preview },
  { key: 'dashboard', to: PROVIDER_PATHS.home },
] as const;

/**
 * Step "Voltooiing", reached once the fee is paid: the profile is online (or, with a KvK number,
 * goes online once Kring has confirmed the VOG: what that waits for, and the way to it); the
 * promotion packages as in the source, with the fee already paid taken off the first one and
 * Kring calling about which fits; and where to go from here.
 */
export function DoneStep({ profile }: StepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const live = profile?.status === 'live';
  const paid = format.money((profile?.fee ?? NO_FEE).total_cents);
  const vog = profile?.missing_for_live.find((missing) => missing.startsWith('vog'));
  return (
    <StepFrame step="done" title={t('wizard.done.title')} lead={t('wizard.done.lead')}>
      <Alert color={live ? 'kringTeal' : 'kringClay'} variant="light" role="note">
        <Stack gap={6} align="flex-start">
          <Text size="sm" fw={700}>
            {live
              ? t('wizard.done.live')
              : vog
                ? t('wizard.done.pendingVog')
                : t('wizard.done.pending')}
          </Text>
          {profile && vog ? (
            <>
              <Text size="sm">{t(`wizard.done.vog.${vog}`)}</Text>
              <Anchor component={Link} to={vogPath(profile)} size="sm" fw={700}>
                {t(`home.live.items.${vog}.action`)}
              </Anchor>
            </>
          ) : null}
        </Stack>
      </Alert>

      <Stack gap="md" component="section" aria-labelledby="done-packages">
        <Stack gap={4}>
          <Title order={2} size="h4" id="done-packages">
            {t('wizard.done.packagesTitle')}
          </Title>
          <Text size="sm">{t('wizard.done.packagesLead')}</Text>
        </Stack>
        <PromotionPackageList headingOrder={3} />
        <Alert color="kringTeal" variant="outline" role="note" data-testid="fee-deducted">
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {t('wizard.done.deducted', { paid })}
            </Text>
            <Text size="sm">
              {live ? t('wizard.done.contact') : t('wizard.done.contactPending')}
            </Text>
          </Stack>
        </Alert>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="done-next">
        <Title order={2} size="h4" id="done-next">
          {t('wizard.done.nextTitle')}
        </Title>
        <Group gap="sm">
          {NEXT_LINKS.map((link, index) => (
            <Button
              key={link.key}
              component={Link}
              to={link.to}
              variant={index === 0 ? 'filled' : 'default'}
              styles={WRAPPING_BUTTON}
            >
              {t(`wizard.done.next.${link.key}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </StepFrame>
  );
}
