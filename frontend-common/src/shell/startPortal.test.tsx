import { act, screen } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useApiClient } from '../api/ApiClientContext';
import { startPortal } from './startPortal';

function Home() {
  const { t } = useTranslation();
  const client = useApiClient();
  const hello = useQuery({ queryKey: ['hello'], queryFn: () => 'hallo', enabled: Boolean(client) });
  return (
    <main>
      <h1>{t('portal.title')}</h1>
      <p>{`${t('common.dayPart.morning')} ${hello.data ?? ''}`}</p>
    </main>
  );
}

const translations = {
  nl: { portal: { title: 'Partnerportaal' } },
  fr: { portal: { title: 'Portail partenaire' } },
  en: { portal: { title: 'Partner portal' } },
};

let unmount: (() => void) | undefined;
afterEach(() => {
  act(() => unmount?.());
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('startPortal', () => {
  it('renders the routes under the base path, with texts, the API client and server state', async () => {
    window.history.replaceState(null, '', '/partner/');
    const container = document.createElement('div');
    container.id = 'root';
    document.body.append(container);
    await act(async () => {
      const root = startPortal({
        translations,
        basename: '/partner/',
        routes: (
          <Routes>
            <Route index element={<Home />} />
          </Routes>
        ),
      });
      unmount = () => root.unmount();
    });
    expect(screen.getByRole('heading', { name: 'Partnerportaal' })).toBeInTheDocument();
    expect(await screen.findByText('Ochtend hallo')).toBeInTheDocument();
  });

  it('refuses a page without its root element', () => {
    expect(() =>
      startPortal({ translations, basename: '/', routes: null, container: null }),
    ).toThrow('#root');
  });
});
