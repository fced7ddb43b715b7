import { ErrorState, LoadingState } from '@kring/common';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHelperProfile } from '../api/helper';
import { PageHeader } from '../home/PageHeader';
import { HelperForm } from './HelperForm';
import { HelperStatusCard } from './HelperStatusCard';

/**
 * "Help as a helper": free, apart from the paid provider sign-up. The profile's status (and
 * the way to make it active) above, the profile in sections below.
 */
export function HelperPage() {
  const { t } = useTranslation();
  const profile = useHelperProfile();
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return (
    <Stack maw={860} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('helper.title')}
        lead={profile.data ? t('helper.lead') : t('helper.leadNew')}
      />
      {profile.data ? <HelperStatusCard profile={profile.data} /> : null}
      <HelperForm profile={profile.data} />
    </Stack>
  );
}
