import { renderWithProviders } from '@kring/common/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './AppRoutes';
import { translations } from './locales';

describe('partner portal', () => {
  it('shows the landing page in Dutch with the service status', async () => {
    renderWithProviders(<AppRoutes />, { translations });

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
    renderWithProviders(<AppRoutes />, { translations });
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
    renderWithProviders(<AppRoutes />, { translations, route: '/does-not-exist' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });
});
