import { AuthCallToAction, PortalLanding } from '@kring/common';
import { Stack } from '@mantine/core';

const AUDIENCE = ['helpSeeker', 'relative', 'professional'] as const;
const FEATURES = ['dossier', 'match', 'hours', 'neighbourhood', 'transfer'] as const;

export default function LandingPage() {
  return (
    <Stack gap="lg">
      <AuthCallToAction />
      <PortalLanding audience={AUDIENCE} features={FEATURES} />
    </Stack>
  );
}
