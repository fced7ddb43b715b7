import '@mantine/core/styles.css';
import type { KringClient } from '@kring/client';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { config as zodConfig } from 'zod/v4/core';
import { ApiClientProvider } from '../api/ApiClientContext';
import { StepUpProvider } from '../auth/stepUp/StepUpContext';
import { kringCssVariables, kringTheme } from '../theme';

// Zod compiles object schemas with `new Function` where it may, and probes for that on the first
// parse. Kring's Content-Security-Policy allows no eval: the probe fails quietly but the browser
// reports a violation. Interpreted parsing is plenty fast for forms.
zodConfig({ jitless: true });

export interface KringProvidersProps {
  i18n: I18n;
  client: KringClient;
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Everything a portal needs around its routes: theme, translations, server state, API, and the
 * step-up dialog that sensitive calls may open.
 */
export function KringProviders({ i18n, client, queryClient, children }: KringProvidersProps) {
  return (
    <MantineProvider
      theme={kringTheme}
      cssVariablesResolver={kringCssVariables}
      defaultColorScheme="light"
    >
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={client}>
            <StepUpProvider>{children}</StepUpProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
