import { createKringClient } from '@kring/client';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../api/queryClient';
import { createI18n, type AppTranslations } from '../i18n/createI18n';
import { KringProviders } from '../providers/KringProviders';

const NO_APP_STRINGS: AppTranslations = { nl: {}, fr: {}, en: {} };

export interface RenderOptions {
  translations?: AppTranslations;
  /** Answers every API call; defaults to a healthy `{"status":"ok"}`. */
  fetch?: typeof globalThis.fetch;
  route?: string;
}

const healthy: typeof globalThis.fetch = async () =>
  new Response(JSON.stringify({ status: 'ok' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

/** Renders a component inside the real portal providers, a memory router and a stub API. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const i18n = createI18n(options.translations ?? NO_APP_STRINGS);
  const client = createKringClient({
    baseUrl: 'http://kring.test',
    getLanguage: () => i18n.language,
    fetch: options.fetch ?? healthy,
  });
  const queryClient = createQueryClient();
  const result = render(
    <KringProviders i18n={i18n} client={client} queryClient={queryClient}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </KringProviders>,
  );
  return { ...result, i18n, queryClient };
}

// The stub API, for the portals' page tests.
export {
  ANNA,
  json,
  noContent,
  problem,
  stubApi,
  type StubAnswer,
  type StubCall,
} from '../auth/stubApi';

// An XMLHttpRequest the tests drive, for uploads that report their progress.
export { FakeXhr, lastUpload } from './fakeXhr';
