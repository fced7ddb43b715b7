import { PortalLanding } from '@kring/common';

const AUDIENCE = ['volunteer', 'paidHelper', 'professional'] as const;
const FEATURES = ['profile', 'services', 'contactRequests', 'hours', 'dashboard'] as const;

export default function LandingPage() {
  return <PortalLanding audience={AUDIENCE} features={FEATURES} />;
}
