import { PortalLanding } from '@kring/common';

const AUDIENCE = ['helpSeeker', 'relative', 'professional'] as const;
const FEATURES = ['dossier', 'match', 'hours', 'neighbourhood', 'transfer'] as const;

export default function LandingPage() {
  return <PortalLanding audience={AUDIENCE} features={FEATURES} />;
}
