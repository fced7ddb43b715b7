import { ErrorState, LoadingState, useMe } from '@kring/common';
import { useProviderProfile } from '../api/profile';
import { Dashboard } from '../home/Dashboard';
import LandingPage from './LandingPage';

/**
 * The front page: a provider's dashboard once there is a profile; what the portal is about
 * (with the way into the sign-up) for visitors and for accounts without a profile yet.
 */
export default function DashboardPage() {
  const me = useMe();
  const profile = useProviderProfile({ enabled: Boolean(me.data) });
  if (me.isPending || (me.data && profile.isPending)) return <LoadingState />;
  if (me.data && profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return me.data && profile.data ? <Dashboard profile={profile.data} /> : <LandingPage />;
}
