import { renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { profileWith, wizardApi } from '../test/wizardFixtures';

const card = () => screen.findByRole('complementary', { name: 'Je aanmelding als dienstverlener' });

describe('the way into the wizard from the home page', () => {
  it('invites a provider without a profile to start, at Persoonlijk', async () => {
    renderWithProviders(<AppRoutes />, { translations, fetch: wizardApi(null).fetch });

    const aside = await card();
    expect(aside).toHaveTextContent('Word dienstverlener bij Kring');
    expect(within(aside).getByRole('link', { name: 'Start je aanmelding' })).toHaveAttribute(
      'href',
      '/signup/personal',
    );
  });

  it('leads a provider half-way back to the step to do next, with the progress', async () => {
    const api = wizardApi(
      profileWith(['personal', 'company', 'profile', 'availability', 'services']),
    );
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });

    const aside = await card();
    expect(aside).toHaveTextContent('Je bent bij stap 7 van 8: Betaling.');
    expect(within(aside).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
    expect(within(aside).getByRole('link', { name: 'Verder met je aanmelding' })).toHaveAttribute(
      'href',
      '/signup/payment',
    );
  });

  it('says nothing to a provider who is live', async () => {
    const api = wizardApi(
      profileWith(['personal', 'company', 'profile', 'availability', 'services', 'payment'], {
        status: 'live',
      }),
    );
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });

    await screen.findByRole('heading', { level: 1 });
    await screen.findByRole('button', { name: /Accountmenu/ });
    expect(
      screen.queryByRole('complementary', { name: 'Je aanmelding als dienstverlener' }),
    ).not.toBeInTheDocument();
  });
});
