import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import SettingsRoute from '../pages/SettingsPage';
import { Where } from '../test/renderWizard';
import { profileWith, wizardApi } from '../test/wizardFixtures';

const ALL_DONE = ['personal', 'company', 'profile', 'availability', 'services', 'payment', 'done'];

/** The settings page at `route` (with `?tab=`), and where the router is. */
function renderSettings(route: string, api: ReturnType<typeof wizardApi>) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/settings"
        element={
          <>
            <SettingsRoute />
            <Where />
          </>
        }
      />
      <Route path="*" element={<Where />} />
    </Routes>,
    { translations, fetch: api.fetch, route },
  );
}

const live = () =>
  profileWith(ALL_DONE as Parameters<typeof profileWith>[0], {
    status: 'live',
    next_step: 'done',
    introduction: 'Computerhulp aan huis.',
  });

describe('the settings', () => {
  it('opens each step’s own form as a tab, with "Opslaan" and without the wizard’s steps', async () => {
    const user = userEvent.setup();
    renderSettings('/settings', wizardApi(live()));

    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
    const tabs = screen.getByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'Persoonlijke informatie',
      'Persoonlijk',
      'Bedrijf',
      'Profiel',
      'Beschikbaarheid',
      'Diensten & prijzen',
    ]);
    expect(screen.getByRole('tab', { name: 'Persoonlijke informatie' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Persoonlijke informatie' }),
    ).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Persoonlijk' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Je gegevens' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Volgende stap' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Vorige stap' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Stap \d van 8/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Bedrijf' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Bedrijfsinformatie' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Mijn bedrijfsnaam is' })).toHaveValue('Bert BV');
  });

  it('saves a tab and stays on it, saying "Opgeslagen"', async () => {
    const user = userEvent.setup();
    const api = wizardApi(live());
    renderSettings('/settings?tab=profile', api);
    const introduction = await screen.findByRole('textbox', { name: /^Introductietekst/ });
    expect(screen.getByRole('tab', { name: 'Profiel' })).toHaveAttribute('aria-selected', 'true');
    expect(introduction).toHaveValue('Computerhulp aan huis.');

    await user.clear(introduction);
    await user.type(introduction, 'Geduldige computerhulp bij je thuis.');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Opgeslagen')).toBeVisible();
    // Said politely to screen readers, by the button.
    expect(screen.getByTestId('saved').closest('[role="status"]')).not.toBeNull();
    expect(api.callsTo('PUT', '/api/v1/provider/profile/introduction')[0]?.body).toEqual({
      introduction: 'Geduldige computerhulp bij je thuis.',
      profile_text: '',
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Jouw profiel' })).toBeVisible();
    expect(screen.getByTestId('where')).toHaveTextContent('/settings');
    // The photo is part of the tab too, saved on its own.
    expect(screen.getByLabelText('Kies een foto')).toBeInTheDocument();
  });

  it('saves an address that is not on the map, says so, and offers no way on', async () => {
    const user = userEvent.setup();
    const api = wizardApi(live(), {
      'PUT /api/v1/provider/profile/company': () =>
        json({
          ...live(),
          located: false,
          address: { ...live().address, street: 'Nergensstraat' },
        }),
    });
    renderSettings('/settings?tab=company', api);
    const street = await screen.findByRole('textbox', { name: 'Straat' });

    await user.clear(street);
    await user.type(street, 'Nergensstraat');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We konden je adres niet op de kaart vinden.',
    );
    expect(screen.getByText('Opgeslagen')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Toch verder' })).not.toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')).toHaveLength(1);
  });

  it('says what changing the e-mail address does, and where to do it', async () => {
    renderSettings('/settings', wizardApi(live()));
    const account = await screen.findByRole('region', { name: 'E-mailadres en wachtwoord' });

    expect(account).toHaveTextContent('Je logt in met bert@example.org.');
    expect(account).toHaveTextContent(
      'Pas als je die link opent, verandert je adres. Je wordt dan uitgelogd',
    );
    expect(
      within(account).getByRole('link', { name: 'E-mailadres of wachtwoord wijzigen' }),
    ).toHaveAttribute('href', '/account/security');
  });

  it('sends a provider without a profile to the wizard first', async () => {
    renderSettings('/settings', wizardApi(null));
    expect(await screen.findByText('/signup/personal')).toHaveAttribute('data-testid', 'where');
    expect(screen.queryByRole('heading', { name: 'Instellingen' })).not.toBeInTheDocument();
  });
});
