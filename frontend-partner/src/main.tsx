import { startPortal } from '@kring/common';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

startPortal({
  translations,
  // With its slash: the home page's address is `/partner/?q=…`, since the server answers
  // `/partner` with a redirect to `/partner/` that leaves a shared search behind.
  basename: import.meta.env.BASE_URL,
  routes: <AppRoutes />,
});
