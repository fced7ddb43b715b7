import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { profileWith, wizardApi } from '../../test/wizardFixtures';

const field = (name: string) => screen.getByRole('textbox', { name });
const next = () => screen.getByRole('button', { name: 'Volgende stap' });

async function fillAddress(user: UserEvent, postcode = '3511ab') {
  await user.type(field('Straat'), 'Lindelaan');
  await user.type(field('Huisnummer'), '12');
  await user.type(field('Postcode'), postcode);
  await user.type(field('Plaats'), 'Utrecht');
}

describe('step Bedrijf', () => {
  it('asks the company name and an 8-digit KvK number only with a KvK number', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal']));
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });
    expect(screen.queryByRole('textbox', { name: 'Mijn bedrijfsnaam is' })).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('radio', { name: 'Ja' })[0] as HTMLElement);
    await user.type(field('Mijn KvK-nummer is'), '1234567');
    await fillAddress(user, '1234 SA');
    await user.click(next());

    expect(field('Mijn bedrijfsnaam is')).toHaveAccessibleDescription('Vul je bedrijfsnaam in.');
    expect(field('Mijn KvK-nummer is')).toHaveAccessibleDescription(
      expect.stringContaining('Een KvK-nummer heeft 8 cijfers.'),
    );
    expect(field('Postcode')).toHaveAccessibleDescription(
      'Vul een Nederlandse postcode in, zoals 3511 AB.',
    );
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')).toHaveLength(0);
  });

  it('saves the registration and the address, written the way the API keeps it', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal']));
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });

    const [kvkYes, workAddressYes] = screen.getAllByRole('radio', { name: 'Ja' });
    await user.click(kvkYes as HTMLElement);
    await user.type(field('Mijn bedrijfsnaam is'), 'Bert BV');
    await user.type(field('Mijn KvK-nummer is'), '1234 5678');
    await user.click(workAddressYes as HTMLElement);
    expect(screen.getByRole('group', { name: 'Je werkadres' })).toBeInTheDocument();
    await fillAddress(user);
    await user.click(next());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jouw profiel' }),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')[0]?.body).toEqual({
      has_kvk: true,
      company_name: 'Bert BV',
      kvk_number: '12345678',
      address: { street: 'Lindelaan', house_number: '12', postcode: '3511 AB', city: 'Utrecht' },
      address_is_work_address: true,
    });
  });

  it('shows the API’s refusal of the postcode on the postcode field', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal']), {
      'PUT /api/v1/provider/profile/company': problem(422, {
        errors: [
          {
            field: 'address.postcode',
            message: 'Dit is geen Nederlandse postcode (zoals 1234 AB).',
          },
        ],
      }),
    });
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });
    await fillAddress(user, '9999 ZZ');
    await user.click(next());

    await waitFor(() =>
      expect(field('Postcode')).toHaveAccessibleDescription(
        'Dit is geen Nederlandse postcode (zoals 1234 AB).',
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Postcode: Dit is geen Nederlandse postcode (zoals 1234 AB).',
    );
  });

  it('says at once when the address is not on the map, and lets me go on anyway', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal']), {
      'PUT /api/v1/provider/profile/company': () =>
        json(profileWith(['personal', 'company'], { located: false })),
    });
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });
    await fillAddress(user);
    await user.click(next());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We konden je adres niet op de kaart vinden.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bedrijfsinformatie');
    await user.click(screen.getByRole('button', { name: 'Toch verder' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jouw profiel' }),
    ).toBeInTheDocument();
  });
});
