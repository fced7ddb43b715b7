import { renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

/**
 * The API as seen by a visitor who is not logged in: /me answers 401, health is fine, and the
 * search form's categories are there (none).
 */
const loggedOut: typeof globalThis.fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const path = new URL(request.url).pathname;
  if (path === '/api/v1/me') {
    return new Response(JSON.stringify({ title: 'Not signed in', status: 401 }), {
      status: 401,
      headers: { 'content-type': 'application/problem+json' },
    });
  }
  if (path === '/api/v1/categories') {
    return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
  }
  return new Response(JSON.stringify({ status: 'ok' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};

describe('partner portal', () => {
  it('shows the landing page in Dutch with the service status', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hulp thuis regelen, voor uzelf of voor een ander',
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
      "Organiser de l'aide à domicile, pour vous ou pour un proche",
    );

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Arrange help at home, for yourself or for someone else',
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
  it('invites visitors to create an account or log in', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });

    const cta = await screen.findByRole('complementary', { name: 'Account' });
    expect(cta).toHaveTextContent('Nieuw bij Kring?');
    expect(within(cta).getByRole('link', { name: 'Account aanmaken' })).toHaveAttribute(
      'href',
      '/signup',
    );
    expect(within(cta).getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Inloggen' }),
    ).toHaveAttribute('href', '/login');
  });

  it('has the sign-up and e-mail confirmation pages', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/signup' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Account aanmaken' }),
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

  it('has the activation page', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/activate' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Deze link is niet compleet.');
  });

  it('has the e-mail change confirmation page', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/confirm-email' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }),
    ).toBeInTheDocument();
  });

  it('sends visitors of the 2FA set-up and the organisation chooser to log in first', async () => {
    for (const route of ['/account/second-factor', '/choose-organisation']) {
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
});
