import { ErrorState, LoadingState, useFormat, useMe, PageHeader, portalPath } from '@kring/common';
import { Anchor, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProvider, type Provider } from '../api/providers';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, PROVIDER_PATHS } from '../paths';
import { BadgesCard } from '../providers/BadgesCard';
import { ProviderStatusBadge } from '../providers/ProviderStatusBadge';
import { ReviewsCard } from '../providers/ReviewsCard';
import { SuspensionCard } from '../providers/SuspensionCard';
import { VideoCard } from '../providers/VideoCard';
import { VogCard } from '../providers/VogCard';

/** One provider: details, badges, the VOG and the suspension, as the staff role allows. */
export default function ProviderPage() {
  return (
    <RequireStaff task="view_providers">
      <ProviderView />
    </RequireStaff>
  );
}

function ProviderView() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  const provider = useProvider(profileId);
  const me = useMe();
  if (provider.isPending) return <LoadingState />;
  if (provider.isError) {
    return <ErrorState error={provider.error} onRetry={() => void provider.refetch()} />;
  }
  const shown = provider.data;
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={shown.name}
        lead={shown.company_name ?? shown.email}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.providers'), to: PROVIDER_PATHS.list },
        ]}
        actions={<ProviderStatusBadge status={shown.status} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <Details provider={shown} />
            {mayDo(me.data, 'suspend_providers') ? <SuspensionCard provider={shown} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="lg">
            <VideoCard provider={shown} />
            <BadgesCard provider={shown} mayChange={mayDo(me.data, 'set_badges')} />
            {mayDo(me.data, 'verify_certificates') ? <VogCard provider={shown} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
      {mayDo(me.data, 'moderate_reviews') ? <ReviewsCard profileId={shown.id} /> : null}
    </Stack>
  );
}

function Details({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="provider-details">
      <Stack gap="sm">
        <Title order={2} size="h3" id="provider-details">
          {t('provider.details.title')}
        </Title>
        <Stack gap="xs" component="dl" m={0}>
          <DetailItem labelWidth={120} label={t('provider.details.email')}>
            {provider.email}
          </DetailItem>
          <DetailItem labelWidth={120} label={t('provider.details.kind')}>
            {provider.professional
              ? t('provider.details.professional')
              : t('provider.details.private')}
          </DetailItem>
          <DetailItem labelWidth={120} label={t('provider.details.liveSince')}>
            {provider.live_at ? format.dateTime(provider.live_at) : t('provider.details.neverLive')}
          </DetailItem>
        </Stack>
        {provider.status === 'live' ? (
          <Anchor href={publicProfileUrl(provider.id)} target="_blank" rel="noopener" fw={600}>
            {t('provider.details.publicProfile')}
          </Anchor>
        ) : (
          <Text size="sm" c="dark.5">
            {t('provider.details.notPublic')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The profile as everyone sees it: the partner portal's profile page (`profilePath` in
 * frontend-partner/src/paths.ts), under the portal's own address.
 */
export function publicProfileUrl(profileId: string): string {
  return `${portalPath('partner')}aanbieders/${encodeURIComponent(profileId)}`;
}
