import { EmptyState, ErrorState, LoadingState, RequireLogin } from '@kring/common';
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProviderProfile, type ProviderProfile } from '../api/profile';
import { stepPath } from '../wizard/steps';

/**
 * The provider's own pages need a log-in and a profile: visitors go to the login page, and
 * an account without a profile yet is led to the sign-up instead of an empty page.
 */
export function RequireProfile({
  children,
}: {
  children: (profile: ProviderProfile) => ReactNode;
}) {
  return (
    <RequireLogin>
      <WithProfile>{children}</WithProfile>
    </RequireLogin>
  );
}

function WithProfile({ children }: { children: (profile: ProviderProfile) => ReactNode }) {
  const { t } = useTranslation();
  const profile = useProviderProfile();
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  if (profile.data === null) {
    return (
      <EmptyState
        title={t('home.noProfile.title')}
        description={t('home.noProfile.body')}
        action={
          <Button component={Link} to={stepPath('personal')}>
            {t('home.signup.start')}
          </Button>
        }
      />
    );
  }
  return <>{children(profile.data)}</>;
}
