import { startPortal } from '@kring/common';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

startPortal({
  translations,
  basename: import.meta.env.BASE_URL.replace(/\/$/, ''),
  routes: <AppRoutes />,
});
