import { AuthCallToAction, PortalLanding } from '@kring/common';
import { Stack } from '@mantine/core';
import { HelperWayInCard } from '../helper/HelperWayInCard';
import { SignupProgressCard } from '../wizard/SignupProgressCard';

const AUDIENCE = ['volunteer', 'paidHelper', 'professional'] as const;
const FEATURES = ['profile', 'services', 'contactRequests', 'hours', 'dashboard'] as const;

export default function LandingPage() {
  return (
    <Stack gap="lg">
      <AuthCallToAction />
      <SignupProgressCard />
      <HelperWayInCard />
      <PortalLanding audience={AUDIENCE} features={FEATURES} />
    </Stack>
  );
}
