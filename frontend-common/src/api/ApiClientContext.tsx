import { createKringClient, type KringClient } from '@kring/client';
import type { i18n as I18n } from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';
import { toLanguage } from '../i18n/languages';

const ApiClientContext = createContext<KringClient | null>(null);

/** The portal's API client: same origin as the page, speaking the UI's language. */
export function createPortalClient(i18n: I18n, baseUrl = window.location.origin): KringClient {
  return createKringClient({ baseUrl, getLanguage: () => toLanguage(i18n.language) });
}

export function ApiClientProvider({
  client,
  children,
}: {
  client: KringClient;
  children: ReactNode;
}) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): KringClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an <ApiClientProvider> (see KringProviders)');
  return client;
}
