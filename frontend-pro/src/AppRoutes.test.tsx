import { renderWithProviders } from '@kring/common/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

/** The API as seen by a visitor who is not logged in: /me answers 401, health is fine. */
const loggedOut: typeof globalThis.fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const path = new URL(request.url).pathname;
  if (path === '/api/v1/me') {
    return new Response(JSON.stringify({ title: 'Not signed in', status: 401 }), {
      status: 401,
      headers: { 'content-type': 'application/problem+json' },
    });
  }
  return new Response(JSON.stringify({ status: 'ok' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};

describe('pro portal', () => {
  it('shows the landing page in Dutch with the service status', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hulpmiddelen en Wlz-aanvragen overzichtelijk op één plek',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Dienststatus: Alles werkt')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('switches the landing page to French and English', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Aides techniques et demandes Wlz, clairement réunies au même endroit',
    );

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Assistive devices and Wlz orders, clearly in one place',
    );
    expect(window.localStorage.getItem('kring.lang')).toBe('en');
  });

  it('answers unknown addresses with a not-found page', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/does-not-exist',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });
  it('has no self sign-up', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/signup' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
  });

  it('shows the login page in the portal’s form of address', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/login' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByText('Log in met uw e-mailadres en wachtwoord.')).toBeInTheDocument();
  });

  it('sends visitors of the account security page to the login page first', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/account/security',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });

  it('has the password reset pages', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/forgot-password',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }),
    ).toBeInTheDocument();
  });

  it('has the activation page but no e-mail change (organisations manage the address)', async () => {
    const { unmount } = renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/activate?token=0123456789abcdefghijkl',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uw account activeren' }),
    ).toBeInTheDocument();
    unmount();
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/confirm-email' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
  });

  it('sends visitors of the organisation chooser to log in first', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/choose-organisation',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  });

  it('sends visitors of the orders pages to log in first', { timeout: 20_000 }, async () => {
    for (const route of [
      '/orders',
      '/orders/new',
      '/orders/new/rental',
      '/orders/new/repair',
      '/orders/rentals',
      '/orders/ended',
      '/orders/0193a1b2-0000-7000-8000-0000000000f1',
      '/orders/0193a1b2-0000-7000-8000-0000000000f1/placed',
    ]) {
      const { unmount } = renderWithProviders(<AppRoutes />, {
        translations,
        fetch: loggedOut,
        route,
      });
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Inloggen' }),
      ).toBeInTheDocument();
      unmount();
    }
  });

  it('knows only the four kinds of request', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/orders/new/urgent',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
  });
});
