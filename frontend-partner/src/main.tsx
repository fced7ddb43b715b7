import { createI18n, createPortalClient, createQueryClient, KringProviders } from '@kring/common';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

const i18n = createI18n(translations);
const client = createPortalClient(i18n);
const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <KringProviders i18n={i18n} client={client} queryClient={queryClient}>
      {/* With its slash: the home page's address is `/partner/?q=…`, since the server answers
          `/partner` with a redirect to `/partner/` that leaves a shared search behind. */}
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <AppRoutes />
      </BrowserRouter>
    </KringProviders>
  </StrictMode>,
);
