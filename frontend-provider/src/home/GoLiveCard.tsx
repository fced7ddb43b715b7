import { useFormat } from '@kring/common';
import { Anchor, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProviderProfile } from '../api/profile';
import { settingsTabPath } from '../settings/paths';
import { progressOf, stepPath } from '../wizard/steps';

type Missing = ProviderProfile['missing_for_live'][number];

/**
 * Where the certificate of conduct is dealt with: in the settings once the sign-up is paid for,
 * else in the wizard's company step (so the provider stays in the sign-up's flow).
 */
export function vogPath(profile: ProviderProfile): string {
  return profile.fee_paid ? settingsTabPath('company') : stepPath('company');
}

/** The page that deals with one missing thing. */
function fixPath(missing: Missing, profile: ProviderProfile): string {
  if (missing === 'steps') return stepPath(progressOf(profile).next);
  if (missing === 'fee') return stepPath('payment');
  return vogPath(profile);
}

/**
 * What keeps the profile from going live, as the API says (`missing_for_live`): the sign-up's
 * steps, the administrative fee, and for a provider with a KvK number the certificate of conduct
 * (to upload, being checked by Kring, or rejected with Kring's reason), each with the way to it.
 * Nothing when the profile is live or nothing is missing.
 */
export function GoLiveCard({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = profile.missing_for_live;
  if (missing.length === 0) return null;
  const stepsFirst = missing.includes('steps');

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-live-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="home-live-title">
            {t('home.live.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {profile.vog_required ? t('home.live.leadVog') : t('home.live.lead')}
          </Text>
        </Stack>
        <List spacing="md" listStyleType="none" p={0} m={0}>
          {missing.map((item) => {
            // The fee can only be paid once the steps before it are done.
            const blocked = item === 'fee' && stepsFirst;
            return (
              <List.Item key={item} data-testid={`missing-${item}`}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon
                    size={26}
                    radius="xl"
                    color={item === 'vog_rejected' ? 'red.1' : 'gray.2'}
                    c={item === 'vog_rejected' ? 'red.9' : 'dark.5'}
                    aria-hidden="true"
                  >
                    {item === 'vog_waiting' ? '…' : item === 'vog_rejected' ? '!' : '·'}
                  </ThemeIcon>
                  <Stack gap={2} miw={0}>
                    <Text fw={600}>
                      {t(`home.live.items.${item}.title`, {
                        total: format.money(profile.fee.total_cents),
                      })}
                    </Text>
                    <Text size="sm" c="dark.5">
                      {t(`home.live.items.${item}.hint`)}
                    </Text>
                    {item === 'vog_rejected' && profile.vog?.rejection_reason ? (
                      <Text
                        size="sm"
                        fw={600}
                        c="red.9"
                        style={{ overflowWrap: 'anywhere' }}
                        data-testid="vog-rejection-reason"
                      >
                        {t('home.live.reason', { reason: profile.vog.rejection_reason })}
                      </Text>
                    ) : null}
                    {blocked ? (
                      <Text size="sm" c="dark.5">
                        {t('home.live.afterSteps')}
                      </Text>
                    ) : (
                      <Anchor
                        component={Link}
                        to={fixPath(item, profile)}
                        size="sm"
                        fw={600}
                        style={{ alignSelf: 'flex-start' }}
                      >
                        {t(`home.live.items.${item}.action`)}
                      </Anchor>
                    )}
                  </Stack>
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}
