import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { PNG_BYTES, profileWith, testFile, wizardApi } from '../../test/wizardFixtures';

const field = (name: string) => screen.getByRole('textbox', { name });
const next = () => screen.getByRole('button', { name: 'Volgende stap' });

async function fillAddress(user: UserEvent, postcode = '3511ab') {
  await user.type(field('Straat'), 'Lindelaan');
  await user.type(field('Huisnummer'), '12');
  await user.type(field('Postcode'), postcode);
  await user.type(field('Plaats'), 'Utrecht');
}

describe('step Bedrijf', { timeout: 20_000 }, () => {
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
      address: {
        street: 'Lindelaan',
        house_number: '12',
        house_number_addition: null,
        postcode: '3511 AB',
        city: 'Utrecht',
      },
      address_is_work_address: true,
    });
  });

  it('keeps the house number a number and its addition apart', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith(['personal']));
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });
    expect(screen.getByRole('group', { name: 'Je woonadres' })).toBeInTheDocument();
    await fillAddress(user);
    await user.clear(field('Huisnummer'));
    await user.type(field('Huisnummer'), '12a');
    await user.click(next());
    expect(field('Huisnummer')).toHaveAccessibleDescription(
      'Een huisnummer is een getal. Zet een letter of toevoeging, zoals A of 2, bij Toevoeging.',
    );
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')).toHaveLength(0);

    await user.clear(field('Huisnummer'));
    await user.type(field('Huisnummer'), '12');
    await user.type(field('Toevoeging'), 'bis');
    await user.click(next());
    await screen.findByRole('heading', { level: 1, name: 'Jouw profiel' });
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')[0]?.body).toMatchObject({
      address: { house_number: '12', house_number_addition: 'bis' },
      address_is_work_address: false,
    });
  });

  it('asks a provider with a KvK number for the VOG, stored at once and checked by Kring', async () => {
    const user = userEvent.setup();
    const waiting = profileWith(['personal', 'company'], {
      vog: {
        url: '/api/v1/provider/profile/vog',
        bytes: 182_044,
        uploaded_at: '2026-12-01T09:30:00Z',
        status: 'waiting',
        issued_on: null,
        rejection_reason: null,
      },
      missing_for_live: ['fee', 'vog_waiting'],
    });
    const api = wizardApi(profileWith(['personal']), {
      'PUT /api/v1/provider/profile/vog': (call) =>
        call.headers.get('content-type') === 'application/pdf'
          ? json(waiting)
          : problem(415, { detail: 'Wrong type.' }),
    });
    renderWizard('/signup/company', api);
    await screen.findByRole('heading', { level: 1, name: 'Bedrijfsinformatie' });
    // Without a KvK number, no VOG is asked.
    expect(screen.queryByRole('heading', { name: /VOG/ })).not.toBeInTheDocument();

    await user.click(screen.getAllByRole('radio', { name: 'Ja' })[0] as HTMLElement);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Verklaring Omtrent het Gedrag (VOG)' }),
    ).toBeVisible();
    await user.upload(
      screen.getByLabelText('Kies je VOG (PDF)'),
      testFile('%PDF-1.7 …%%EOF', 'vog.pdf', 'application/pdf'),
    );
    expect(await screen.findByText('Je VOG is bewaard. Kring controleert hem.')).toBeVisible();
    const [sent] = api.files;
    expect(sent?.path).toBe('/api/v1/provider/profile/vog');
    expect(sent?.method).toBe('PUT');
    expect(screen.getByTestId('vog')).toHaveTextContent('Kring controleert je VOG');
    expect(screen.getByRole('link', { name: 'Bekijk je VOG' })).toHaveAttribute(
      'href',
      '/api/v1/provider/profile/vog',
    );
    expect(screen.getByTestId('vog')).toHaveTextContent('PDF, 178 kB, geüpload op 1 december 2026');
    // Stored apart from the step: nothing of the form was sent.
    expect(api.callsTo('PUT', '/api/v1/provider/profile/company')).toHaveLength(0);
  });

  it('says why Kring rejected the VOG, and shows the API’s refusal of a file that is not a PDF', async () => {
    const user = userEvent.setup();
    const rejected = profileWith(['personal', 'company'], {
      vog: {
        url: '/api/v1/provider/profile/vog',
        bytes: 182_044,
        uploaded_at: '2026-12-01T09:30:00Z',
        status: 'rejected',
        issued_on: null,
        rejection_reason: 'Dit is de aanvraag, niet de verklaring zelf.',
      },
    });
    const api = wizardApi(rejected, {
      'PUT /api/v1/provider/profile/vog': problem(422, {
        errors: [
          { field: 'file', message: 'Upload je Verklaring Omtrent het Gedrag (VOG) als pdf.' },
        ],
      }),
    });
    renderWizard('/signup/company', api);
    const alert = await screen.findByTestId('vog-rejected');
    expect(alert).toHaveTextContent('Kring heeft je VOG afgekeurd');
    expect(alert).toHaveTextContent('Dit is de aanvraag, niet de verklaring zelf.');
    await user.upload(
      screen.getByLabelText('Nieuwe VOG kiezen'),
      testFile(PNG_BYTES, 'vog.pdf', 'application/pdf'),
    );
    expect(
      await screen.findByText('Upload je Verklaring Omtrent het Gedrag (VOG) als pdf.'),
    ).toBeVisible();
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
