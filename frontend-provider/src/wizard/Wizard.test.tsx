import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../test/renderWizard';
import { profileWith, wizardApi } from '../test/wizardFixtures';

const heading = () => screen.findByRole('heading', { level: 1 });
const stepList = () => screen.getByRole('navigation', { name: 'Stappen van je aanmelding' });

describe('the sign-up wizard', () => {
  it('starts at Persoonlijk before anything is saved (the API answers 404)', async () => {
    renderWizard('/signup/availability', wizardApi(null));

    expect(await heading()).toHaveTextContent('Je gegevens');
    expect(screen.getByText('Stap 2 van 8 · Persoonlijk')).toBeInTheDocument();
  });

  it('resumes at the step the API names as next, and keeps later steps closed', async () => {
    renderWizard('/signup/done', wizardApi(profileWith(['personal', 'company', 'profile'])));

    expect(await heading()).toHaveTextContent('Jouw beschikbaarheid');
    expect(screen.getByText('Stap 5 van 8 · Beschikbaarheid')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Voortgang van je aanmelding' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuetext', '4 van 8 stappen klaar');
  });

  it('shows each step as done, current or still to come in the list of steps', async () => {
    renderWizard('/signup/company', wizardApi(profileWith(['personal', 'company'])));
    await heading();

    const items = within(stepList()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓Aanmelding (klaar)',
      '✓Persoonlijk (klaar)',
      '3Bedrijf (hier ben je nu)',
      '4Profiel (volgende stap)',
      '5Beschikbaarheid (nog niet open)',
      '6Diensten & prijzen (nog niet open)',
      '7Betaling (nog niet open)',
      '8Voltooiing (nog niet open)',
    ]);
    expect(within(stepList()).getByText('Bedrijf')).toHaveAttribute('aria-current', 'step');
    // Done steps and the next one are links; the account step and later steps are not.
    expect(
      within(stepList())
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/signup/personal', '/signup/profile']);
  });

  it('moves freely back to any step already done, with what was stored', async () => {
    const user = userEvent.setup();
    renderWizard(
      '/signup/services',
      wizardApi(profileWith(['personal', 'company', 'profile', 'availability'])),
    );
    expect(await heading()).toHaveTextContent('Diensten & prijzen');

    await user.click(within(stepList()).getByRole('link', { name: /Bedrijf/ }));
    expect(await heading()).toHaveTextContent('Bedrijfsinformatie');
    expect(screen.getByRole('textbox', { name: 'Mijn bedrijfsnaam is' })).toHaveValue('Bert BV');
    expect(screen.getByTestId('located')).toHaveTextContent(
      'We hebben je adres op de kaart gevonden.',
    );

    await user.click(screen.getByRole('link', { name: 'Vorige stap' }));
    expect(await heading()).toHaveTextContent('Je gegevens');
    expect(screen.queryByRole('link', { name: 'Vorige stap' })).not.toBeInTheDocument();
  });

  it('saves a step on "Volgende stap" and goes on to the following one', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal', 'company']));
    renderWizard('/signup/profile', api);
    expect(await heading()).toHaveTextContent('Jouw profiel');

    await user.type(
      screen.getByRole('textbox', { name: /^Introductietekst/ }),
      'Computerhulp aan huis.',
    );
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jouw beschikbaarheid' }));
    expect(api.callsTo('PUT', '/api/v1/provider/profile/introduction')[0]?.body).toEqual({
      introduction: 'Computerhulp aan huis.',
      profile_text: '',
    });
    expect(screen.getByText('Stap 5 van 8 · Beschikbaarheid')).toBeInTheDocument();
  });

  it('answers unknown steps with the not-found page', async () => {
    renderWizard('/signup/bonus', wizardApi(null));
    expect(await heading()).toHaveTextContent('Deze pagina bestaat niet');
  });
});
