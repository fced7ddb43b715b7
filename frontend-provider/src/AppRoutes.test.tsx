import { renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';
import { providerApi } from './home/testFixtures';
import { translations } from './locales';
import { profileWith, wizardApi } from './test/wizardFixtures';

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

/** The portal's own pages in the side menu (the other portals' links come after, in a list). */
function menuLinks(menu: HTMLElement) {
  return within(menu)
    .getAllByRole('link')
    .filter((link) => !link.closest('ul'))
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('provider portal', () => {
  it('shows the landing page in Dutch with the service status', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Help mensen in je buurt, als vrijwilliger of als professional',
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
      'Aidez les gens de votre quartier, comme bénévole ou comme professionnel',
    );

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Help people in your neighbourhood, as a volunteer or as a professional',
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
    expect(screen.getByText('Log in met je e-mailadres en wachtwoord.')).toBeInTheDocument();
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

  it('activates accounts in the portal’s form of address', async () => {
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: loggedOut,
      route: '/activate?token=0123456789abcdefghijkl',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Je account activeren' }),
    ).toBeInTheDocument();
  });

  it('gives visitors only the home page in the menu', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut });
    await screen.findByRole('heading', { level: 1 });

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(menuLinks(menu)).toEqual([['Start', '/']]);
  });

  it('gives a live provider the pages of the provider’s environment', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: providerApi().fetch });
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' });

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(menuLinks(menu)).toEqual([
      ['Start', '/'],
      ['Aanvragen', '/requests'],
      ['Reviews', '/reviews'],
      ['Mijn profiel', '/profile/preview'],
      ['Instellingen', '/settings'],
      ['Video', '/video'],
      ['Promotie', '/promotion'],
      ['Buurthulp', '/helper'],
      ['Voorstellen', '/proposals'],
      ['Wie ik help', '/engagements'],
      ['Uren', '/hours'],
    ]);
  });

  it('keeps the menu to the home page (and the helper profile) while the provider is still signing up', async () => {
    const api = wizardApi(profileWith(['personal', 'company'], { status: 'draft' }));
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
    await screen.findByRole('heading', { level: 1, name: 'Maak je aanmelding af' });

    expect(menuLinks(screen.getByRole('navigation', { name: 'Hoofdmenu' }))).toEqual([
      ['Start', '/'],
      ['Buurthulp', '/helper'],
      ['Voorstellen', '/proposals'],
      ['Wie ik help', '/engagements'],
      ['Uren', '/hours'],
    ]);
  });

  it('has the e-mail change confirmation page', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: loggedOut, route: '/confirm-email' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }),
    ).toBeInTheDocument();
  });
});
