import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import SettingsRoute from '../pages/SettingsPage';
import { BERT, profileWith, wizardApi } from '../test/wizardFixtures';
import { changedDetails } from './PersonalDetailsForm';

const ALL_DONE = ['personal', 'company', 'profile', 'availability', 'services', 'payment', 'done'];

const HOME = {
  street: 'Voorstraat',
  house_number: '12',
  house_number_addition: 'A',
  postcode: '3441 CE',
  city: 'Woerden',
};

/** Bert as the API knows him once he has filled in his personal details. */
const BERT_DETAILS = {
  ...BERT,
  prefix: 'von',
  last_name: 'Klinkenberg',
  phone_for_questions: '+31610034891',
  gender: 'male',
  birth_date: '1962-09-07',
  home_address: HOME,
};

function renderDetails(me: object, routes = {}) {
  const profile = profileWith(ALL_DONE as Parameters<typeof profileWith>[0], {
    status: 'live',
    next_step: 'done',
  });
  const api = wizardApi(profile, {
    'GET /api/v1/me': json(me),
    'PATCH /api/v1/me': (call) => json({ ...me, ...(call.body as object) }),
    ...routes,
  });
  renderWithProviders(
    <Routes>
      <Route path="/settings" element={<SettingsRoute />} />
    </Routes>,
    { translations, fetch: api.fetch, route: '/settings?tab=details' },
  );
  return api;
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });
const save = () => screen.getByRole('button', { name: 'Opslaan' });

describe('Persoonlijke informatie in the settings', { timeout: 20_000 }, () => {
  it('shows what Kring knows, as the manual lists it', async () => {
    renderDetails(BERT_DETAILS);
    await screen.findByRole('heading', { level: 2, name: 'Persoonlijke informatie' });
    expect(field('Mijn voornaam is')).toHaveValue('Bert');
    expect(field('Tussenvoegsel')).toHaveValue('von');
    expect(field('Mijn achternaam is')).toHaveValue('Klinkenberg');
    // A Dutch number as people write it.
    expect(screen.getByRole('textbox', { name: /Mijn telefoonnummer is/ })).toHaveValue(
      '06 1003 4891',
    );
    expect(screen.getByLabelText('Ik ben geboren op')).toHaveValue('1962-09-07');
    expect(screen.getByRole('radio', { name: 'Man' })).toBeChecked();
    const home = screen.getByRole('group', { name: 'Mijn woonadres' });
    expect(within(home).getByRole('textbox', { name: 'Straat' })).toHaveValue('Voorstraat');
    expect(within(home).getByRole('textbox', { name: 'Toevoeging' })).toHaveValue('A');
    expect(home).toHaveTextContent('je werkgebied wordt vanaf dit adres gemeten');
  });

  it('saves only what changed, and says so', async () => {
    const user = userEvent.setup();
    const api = renderDetails(BERT);
    await screen.findByRole('heading', { level: 2, name: 'Persoonlijke informatie' });

    await user.type(field('Tussenvoegsel'), 'von');
    await user.clear(field('Mijn achternaam is'));
    await user.type(field('Mijn achternaam is'), 'Klinkenberg');
    await user.type(screen.getByRole('textbox', { name: /Mijn telefoonnummer is/ }), '0610034891');
    await user.click(screen.getByRole('radio', { name: 'Man' }));
    await user.type(screen.getByLabelText('Ik ben geboren op'), '1962-09-07');
    const home = screen.getByRole('group', { name: 'Mijn woonadres' });
    await user.type(within(home).getByRole('textbox', { name: 'Straat' }), 'Voorstraat');
    await user.type(within(home).getByRole('textbox', { name: 'Huisnummer' }), '12');
    await user.type(within(home).getByRole('textbox', { name: 'Toevoeging' }), 'A');
    await user.type(within(home).getByRole('textbox', { name: 'Postcode' }), '3441ce');
    await user.type(within(home).getByRole('textbox', { name: 'Plaats' }), 'Woerden');
    await user.click(save());

    expect(await screen.findByText('Opgeslagen')).toBeVisible();
    expect(api.callsTo('PATCH', '/api/v1/me')[0]?.body).toEqual({
      prefix: 'von',
      last_name: 'Klinkenberg',
      phone_for_questions: '0610034891',
      gender: 'male',
      birth_date: '1962-09-07',
      home_address: { ...HOME, postcode: '3441 CE' },
    });

    // Nothing changed since: nothing is sent.
    await user.click(save());
    expect(await screen.findByText('Opgeslagen')).toBeVisible();
    expect(api.callsTo('PATCH', '/api/v1/me')).toHaveLength(1);
  });

  it('checks the address before sending: whole, and the house number a number', async () => {
    const user = userEvent.setup();
    const api = renderDetails(BERT);
    await screen.findByRole('heading', { level: 2, name: 'Persoonlijke informatie' });
    const home = screen.getByRole('group', { name: 'Mijn woonadres' });
    await user.type(within(home).getByRole('textbox', { name: 'Huisnummer' }), '12a');
    await user.click(save());

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Straat: Vul je straat in.');
    expect(within(home).getByRole('textbox', { name: 'Huisnummer' })).toHaveAccessibleDescription(
      'Een huisnummer is een getal. Zet een letter of toevoeging, zoals A of 2, bij Toevoeging.',
    );
    expect(summary).toHaveTextContent('Plaats: Vul je plaats in.');
    expect(api.callsTo('PATCH', '/api/v1/me')).toHaveLength(0);
  });

  it('puts the API’s refusal on the field it names, and removes the address when emptied', async () => {
    const user = userEvent.setup();
    let refuse = true;
    const api = renderDetails(BERT_DETAILS, {
      'PATCH /api/v1/me': (call: { body: unknown }) =>
        refuse
          ? problem(422, {
              errors: [
                {
                  field: 'home_address.postcode',
                  message: 'Dit is geen Nederlandse postcode (zoals 1234 AB).',
                },
              ],
            })
          : json({ ...BERT_DETAILS, ...(call.body as object) }),
    });
    await screen.findByRole('heading', { level: 2, name: 'Persoonlijke informatie' });
    const home = screen.getByRole('group', { name: 'Mijn woonadres' });
    const postcode = within(home).getByRole('textbox', { name: 'Postcode' });
    await user.clear(postcode);
    await user.type(postcode, '9999 ZZ');
    await user.click(save());
    await waitFor(() =>
      expect(postcode).toHaveAccessibleDescription(
        'Dit is geen Nederlandse postcode (zoals 1234 AB).',
      ),
    );

    refuse = false;
    for (const name of ['Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats']) {
      await user.clear(within(home).getByRole('textbox', { name }));
    }
    await user.click(save());
    expect(await screen.findByText('Opgeslagen')).toBeVisible();
    expect(api.callsTo('PATCH', '/api/v1/me').at(-1)?.body).toEqual({ home_address: null });
  });
});

describe('what the form sends', () => {
  const values = {
    first_name: 'Bert',
    prefix: '',
    last_name: '',
    phone_for_questions: '06 10034891',
    gender: '' as const,
    birth_date: '',
    home_address: {
      street: '',
      house_number: '',
      house_number_addition: '',
      postcode: '',
      city: '',
    },
  };

  it('sends cleared fields as null and an untouched phone number not at all', () => {
    expect(changedDetails(values, values)).toEqual({});
    expect(
      changedDetails(
        { ...values, prefix: 'von', gender: 'male' },
        { ...values, prefix: ' ', gender: '' },
      ),
    ).toEqual({ prefix: null, gender: null });
  });
});
