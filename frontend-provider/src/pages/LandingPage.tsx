import { AuthCallToAction, PortalLanding } from '@kring/common';
import { Stack } from '@mantine/core';

const AUDIENCE = ['volunteer', 'paidHelper', 'professional'] as const;
const FEATURES = ['profile', 'services', 'contactRequests', 'hours', 'dashboard'] as const;

export default function LandingPage() {
  return (
    <Stack gap="lg">
      <AuthCallToAction />
      <PortalLanding audience={AUDIENCE} features={FEATURES} />
    </Stack>
  );
}
