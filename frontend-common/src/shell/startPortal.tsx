import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createPortalClient } from '../api/ApiClientContext';
import { createQueryClient } from '../api/queryClient';
import { createI18n, type AppTranslations } from '../i18n/createI18n';
import { KringProviders } from '../providers/KringProviders';

export interface PortalOptions {
  /** The portal's own texts (frontend-common's come along). */
  translations: AppTranslations;
  /** Where the portal lives, for the router (`/partner/`, `/provider`). */
  basename: string;
  /** The portal's routes. */
  routes: ReactNode;
  /** The element to render into; `#root` of index.html by default. */
  container?: HTMLElement | null;
}

/**
 * A portal's whole main.tsx: its translations, the API client speaking the UI's language, the
 * query client, the theme and the other providers, and the router, rendered into `#root`.
 */
export function startPortal({
  translations,
  basename,
  routes,
  container = document.getElementById('root'),
}: PortalOptions): Root {
  if (!container) throw new Error('index.html has no #root element');
  const i18n = createI18n(translations);
  const client = createPortalClient(i18n);
  const queryClient = createQueryClient();
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <KringProviders i18n={i18n} client={client} queryClient={queryClient}>
        <BrowserRouter basename={basename}>{routes}</BrowserRouter>
      </KringProviders>
    </StrictMode>,
  );
  return root;
}
