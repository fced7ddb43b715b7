import { PortalLanding } from '@kring/common';

const AUDIENCE = ['careProfessional', 'clientOrganisation'] as const;
const FEATURES = ['orders', 'signatures', 'rentals', 'projects', 'invoices', 'colleagues'] as const;

export default function LandingPage() {
  return <PortalLanding audience={AUDIENCE} features={FEATURES} withNote />;
}
