import { problem } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { wizardApi } from '../../test/wizardFixtures';

const next = () => screen.getByRole('button', { name: 'Volgende stap' });

describe('step Persoonlijk', () => {
  it('says what is missing before saving anything', async () => {
    const user = userEvent.setup();
    const api = wizardApi(null);
    renderWizard('/signup/personal', api);
    const firstName = await screen.findByRole('textbox', { name: 'Wat is je voornaam?' });
    // The first name comes from the account.
    expect(firstName).toHaveValue('Bert');
    await user.clear(firstName);

    await user.click(next());

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Soort diensten: Kies minstens één soort dienst.');
    expect(summary).toHaveTextContent('Voornaam: Vul je voornaam in.');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(
      screen.getByRole('group', { name: 'Welke dienst(en) wil je aanbieden?' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Kies minstens één soort dienst.'));
    expect(firstName).toHaveAccessibleDescription('Vul je voornaam in.');
    expect(api.callsTo('PUT', '/api/v1/provider/profile/personal')).toHaveLength(0);
  });

  it('saves the kinds of services, the first name and how I heard of Kring', async () => {
    const user = userEvent.setup();
    const api = wizardApi(null);
    renderWizard('/signup/personal', api);

    await user.click(await screen.findByRole('checkbox', { name: /Diensten aan huis/ }));
    await user.click(screen.getByRole('checkbox', { name: /Kortingen & acties/ }));
    await user.type(
      screen.getByRole('combobox', { name: 'Hoe heb je van Kring gehoord? (optioneel)' }),
      'Via de buurtkrant',
    );
    await user.click(next());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' }),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/provider/profile/personal')[0]?.body).toEqual({
      service_kinds: ['home_services', 'discounts_offers'],
      first_name: 'Bert',
      heard_from: 'Via de buurtkrant',
    });
  });

  it('puts the API’s refusal on the field it names', async () => {
    const user = userEvent.setup();
    const api = wizardApi(null, {
      'PUT /api/v1/provider/profile/personal': problem(422, {
        errors: [{ field: 'first_name', message: 'Gebruik hoogstens 100 tekens.' }],
      }),
    });
    renderWizard('/signup/personal', api);

    await user.click(await screen.findByRole('checkbox', { name: /Diensten aan huis/ }));
    await user.click(next());

    const firstName = screen.getByRole('textbox', { name: 'Wat is je voornaam?' });
    await waitFor(() => expect(firstName).toHaveAttribute('aria-invalid', 'true'));
    expect(firstName).toHaveAccessibleDescription('Gebruik hoogstens 100 tekens.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Je gegevens');
  });
});
