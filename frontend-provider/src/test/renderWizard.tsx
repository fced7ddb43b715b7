import { renderWithProviders } from '@kring/common/test-utils';
import { Route, Routes, useLocation } from 'react-router';
import { translations } from '../locales';
import WizardPage from '../pages/WizardPage';
import type { wizardApi } from './wizardFixtures';

/** Where the router is, for pages the wizard leads to outside itself. */
export function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname}</p>;
}

/** The wizard's page at `route` (e.g. `/signup/company`), with the provider portal's texts. */
export function renderWizard(route: string, api: ReturnType<typeof wizardApi>) {
  return renderWithProviders(
    <Routes>
      <Route path="/signup/:step" element={<WizardPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { translations, fetch: api.fetch, route },
  );
}
