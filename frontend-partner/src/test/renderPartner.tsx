import { renderWithProviders } from '@kring/common/test-utils';
import { useLocation } from 'react-router';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import type { publicApi } from './fixtures';

/** Where the router is now (path and query), for the tests to read. */
function Where() {
  const location = useLocation();
  return (
    <output data-testid="where" hidden>
      {location.pathname}
      {location.search}
    </output>
  );
}

/** The partner portal at `route`, with its texts and the stub API. */
export function renderPartner(route: string, api: ReturnType<typeof publicApi>) {
  return renderWithProviders(
    <>
      <AppRoutes />
      <Where />
    </>,
    { translations, fetch: api.fetch, route },
  );
}

/** The router's current path and query. */
export function where(): string {
  return document.querySelector('[data-testid="where"]')?.textContent ?? '';
}
