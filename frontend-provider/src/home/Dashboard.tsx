import { Alert, Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProviderProfile } from '../api/profile';
import { HelperWayInCard } from '../helper/HelperWayInCard';
import { SignupProgressCard } from '../wizard/SignupProgressCard';
import { CompletenessChecklist } from './CompletenessChecklist';
import { GoLiveCard } from './GoLiveCard';
import { PageHeader } from './PageHeader';
import { QuickLinks } from './QuickLinks';
import { Statistics } from './Statistics';
import { Tips } from './Tips';

/**
 * The home page of a provider with a profile. Live: the welcome message with its links, the
 * figures, what is still missing from the profile and tips. Still signing up: the way back into
 * the wizard first, what is needed to go live, and what can be done already. Signed up and paid
 * but waiting for the certificate of conduct (VOG): what is needed to go live first.
 */
export function Dashboard({ profile }: { profile: ProviderProfile }) {
  const { t } = useTranslation();
  const name = profile.first_name;

  if (profile.status === 'draft' || profile.status === 'awaiting_payment') {
    return (
      <Stack maw={1100} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
        <PageHeader
          title={t('home.dashboard.finishTitle')}
          lead={t('home.dashboard.finishLead', { name })}
        />
        <SignupProgressCard />
        <HelperWayInCard />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <QuickLinks only={['preview', 'video']} withRequests={false} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <GoLiveCard profile={profile} />
              <CompletenessChecklist profile={profile} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  if (profile.status === 'awaiting_vog') {
    return (
      <Stack maw={1100} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
        <PageHeader
          title={t('home.dashboard.title', { name })}
          lead={t('home.dashboard.awaitingVogLead')}
        />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <GoLiveCard profile={profile} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <CompletenessChecklist profile={profile} />
          </Grid.Col>
        </Grid>
        <QuickLinks only={['preview', 'settings', 'video']} withRequests={false} />
      </Stack>
    );
  }

  return (
    <Stack maw={1100} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('home.dashboard.title', { name })}
        lead={profile.status === 'live' ? t('home.dashboard.lead') : undefined}
      />
      {profile.status === 'suspended' ? (
        <Alert color="kringClay" variant="light" title={t('home.dashboard.suspendedTitle')}>
          <Text size="sm">{t('home.dashboard.suspended')}</Text>
        </Alert>
      ) : null}
      <Text>{t('home.dashboard.respond')}</Text>
      <Statistics />
      <QuickLinks />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <CompletenessChecklist profile={profile} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Tips />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
