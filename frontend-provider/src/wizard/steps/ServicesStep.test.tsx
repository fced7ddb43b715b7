import { json, noContent, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProviderProfile } from '../../api/profile';
import { renderWizard } from '../../test/renderWizard';
import {
  CATEGORIES,
  PRICE_LIST,
  profileWith,
  testFile,
  wizardApi,
} from '../../test/wizardFixtures';

const DONE_BEFORE = ['personal', 'company', 'profile', 'availability'] as const;
const next = () => screen.getByRole('button', { name: 'Volgende stap' });
const service = (number: number) => screen.getByRole('group', { name: `Dienst ${number}` });
/** Intl writes "€ 9,00" with a no-break space. */
const memberPrice = (index: number) =>
  screen.getByTestId(`service-${index}-member-price`).textContent?.replace(/\u00a0/g, ' ');

async function renderServices(overrides: Partial<ProviderProfile> = {}, routes = {}) {
  const api = wizardApi(profileWith([...DONE_BEFORE], overrides), routes);
  renderWizard('/signup/services', api);
  await screen.findByRole('heading', { level: 1, name: 'Diensten & prijzen' });
  await screen.findByRole('checkbox', { name: 'Computerhulp' });
  return api;
}

async function typePrice(user: UserEvent, index: number, price: string) {
  const input = document.getElementById(`service-${index}-price`) as HTMLInputElement;
  await user.clear(input);
  await user.type(input, price);
}

describe('step Diensten & prijzen', { timeout: 20_000 }, () => {
  it('shows the member price live beside the price: 10% off, rounded half-up', async () => {
    const user = userEvent.setup();
    await renderServices();
    expect(memberPrice(0)).toBe('–');

    await typePrice(user, 0, '10,00');
    expect(memberPrice(0)).toBe('€ 9,00');
    await typePrice(user, 0, '0,05');
    expect(memberPrice(0)).toBe('€ 0,05');
    await typePrice(user, 0, '35,00');
    expect(memberPrice(0)).toBe('€ 31,50');
    await typePrice(user, 0, '15');
    expect(memberPrice(0)).toBe('€ 13,50');
    await typePrice(user, 0, 'vijftien');
    expect(memberPrice(0)).toBe('–');
  });

  it('shows the API’s member price for a stored service until its price changes', async () => {
    const user = userEvent.setup();
    await renderServices({
      categories: CATEGORIES.slice(0, 1),
      services: [
        {
          id: 'svc-1',
          name: 'Computerhulp',
          price_cents: 1000,
          unit: 'hour',
          description: '',
          // Not what the portal would compute: proves the API's number is shown.
          member_price_cents: 899,
        },
      ],
    });
    expect(document.getElementById('service-0-price')).toHaveValue('10,00');
    expect(memberPrice(0)).toBe('€ 8,99');

    await typePrice(user, 0, '10,50');
    expect(memberPrice(0)).toBe('€ 9,45');
  });

  it('adds and removes services and sends prices as cents', async () => {
    const user = userEvent.setup();
    const api = await renderServices();
    await user.click(screen.getByRole('checkbox', { name: 'Computerhulp' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kappers aan huis' }));

    await user.type(
      within(service(1)).getByRole('textbox', { name: /volgende dienst/ }),
      'Computerhulp',
    );
    await typePrice(user, 0, '15,00');
    await user.type(
      within(service(1)).getByRole('textbox', { name: 'Dienstomschrijving' }),
      'Ik help je met al je computerproblemen',
    );
    expect(within(service(1)).getByText('38/200')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Voeg nog een dienst toe' }));
    const secondName = within(service(2)).getByRole('textbox', { name: /volgende dienst/ });
    expect(secondName).toHaveFocus();
    await user.type(secondName, 'Kapper plus');
    await typePrice(user, 1, '35');
    await user.selectOptions(within(service(2)).getByRole('combobox', { name: 'Per' }), 'service');

    await user.click(screen.getByRole('button', { name: 'Voeg nog een dienst toe' }));
    await user.type(within(service(3)).getByRole('textbox', { name: /volgende dienst/ }), 'Weg');
    await user.click(
      within(service(3)).getByRole('button', { name: 'Verwijder deze dienst (dienst 3)' }),
    );
    expect(screen.queryByRole('group', { name: 'Dienst 3' })).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: 'Algemene prijsomschrijving' }),
      'Voorrijkosten buiten Utrecht.',
    );
    await user.click(next());

    await screen.findByRole('heading', { level: 1, name: 'Betaling' });
    expect(api.callsTo('PUT', '/api/v1/provider/profile/services')[0]?.body).toEqual({
      category_ids: [CATEGORIES[0]?.id, CATEGORIES[1]?.id],
      services: [
        {
          name: 'Computerhulp',
          price_cents: 1500,
          unit: 'hour',
          description: 'Ik help je met al je computerproblemen',
        },
        { name: 'Kapper plus', price_cents: 3500, unit: 'service', description: '' },
      ],
      price_note: 'Voorrijkosten buiten Utrecht.',
    });
  });

  it('needs a category, a name and a price, and at most 200 characters of description', async () => {
    const user = userEvent.setup();
    const api = await renderServices();
    await typePrice(user, 0, '12,345');
    const description = within(service(1)).getByRole('textbox', { name: 'Dienstomschrijving' });
    await user.click(description);
    await user.paste('x'.repeat(201));
    expect(within(service(1)).getByText('201/200')).toBeInTheDocument();
    await user.click(next());

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Kies minstens één categorie.');
    expect(summary).toHaveTextContent(
      'Dienst 1: Ik bied de volgende dienst aan: Vul de naam van de dienst in.',
    );
    expect(document.getElementById('service-0-price')).toHaveAccessibleDescription(
      expect.stringContaining('Vul een bedrag in euro’s in, bijvoorbeeld 15,00.'),
    );
    expect(description).toHaveAccessibleDescription(
      expect.stringContaining('Gebruik hoogstens 200 tekens.'),
    );
    expect(api.callsTo('PUT', '/api/v1/provider/profile/services')).toHaveLength(0);
  });

  it('puts the API’s refusals on the service field they name', async () => {
    const user = userEvent.setup();
    await renderServices(
      {},
      {
        'PUT /api/v1/provider/profile/services': problem(422, {
          errors: [
            { field: 'services.0.description', message: 'Deze omschrijving is te lang.' },
            { field: 'services.0.price_cents', message: 'Deze prijs is te hoog.' },
          ],
        }),
      },
    );
    await user.click(screen.getByRole('checkbox', { name: 'Overige' }));
    await user.type(
      within(service(1)).getByRole('textbox', { name: /volgende dienst/ }),
      'Klussen',
    );
    await typePrice(user, 0, '20');
    await user.click(next());

    await waitFor(() =>
      expect(
        within(service(1)).getByRole('textbox', { name: 'Dienstomschrijving' }),
      ).toHaveAccessibleDescription(expect.stringContaining('Deze omschrijving is te lang.')),
    );
    expect(document.getElementById('service-0-price')).toHaveAccessibleDescription(
      expect.stringContaining('Deze prijs is te hoog.'),
    );
  });

  it('uploads a PDF price list at once and shows it with its size and a download link', async () => {
    const user = userEvent.setup();
    const api = await renderServices(
      {},
      {
        'PUT /api/v1/provider/profile/price-list': json(
          profileWith([...DONE_BEFORE], { price_list: PRICE_LIST }),
        ),
      },
    );
    const chooser = screen.getByLabelText('Kies een PDF');
    expect(chooser).toHaveAttribute('accept', 'application/pdf');

    const pdf = '%PDF-1.4\n%%EOF\n';
    await user.upload(chooser, testFile(pdf, 'prijzen.pdf', 'application/pdf'));

    const stored = await screen.findByTestId('price-list');
    expect(within(stored).getByRole('link', { name: 'Download je prijslijst' })).toHaveAttribute(
      'href',
      PRICE_LIST.url,
    );
    expect(stored).toHaveTextContent('PDF, 245 kB');
    expect(screen.getByText('Je prijslijst is bewaard.')).toBeInTheDocument();
    expect(api.files).toHaveLength(1);
    expect(api.files[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v1/provider/profile/price-list',
      contentType: 'application/pdf',
    });
    expect(new TextDecoder().decode(api.files[0]?.bytes)).toBe(pdf);
    expect(api.callsTo('PUT', '/api/v1/provider/profile/services')).toHaveLength(0);
  });

  it('says why the API refused the price list, in the user’s language', async () => {
    const user = userEvent.setup();
    await renderServices(
      {},
      {
        'PUT /api/v1/provider/profile/price-list': problem(422, {
          errors: [{ field: 'file', message: 'Upload de prijslijst als PDF.' }],
        }),
      },
    );

    await user.upload(
      screen.getByLabelText('Kies een PDF'),
      testFile('geen pdf', 'prijzen.pdf', 'application/pdf'),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Upload de prijslijst als PDF.');
  });

  it('removes the stored price list', async () => {
    const user = userEvent.setup();
    let profile = profileWith([...DONE_BEFORE], { price_list: PRICE_LIST });
    const api = await renderServices(
      { price_list: PRICE_LIST },
      {
        'GET /api/v1/provider/profile': () => json(profile),
        'DELETE /api/v1/provider/profile/price-list': () => {
          profile = { ...profile, price_list: null };
          return noContent();
        },
      },
    );
    expect(screen.getByTestId('price-list')).toHaveTextContent('PDF, 245 kB');

    await user.click(screen.getByRole('button', { name: 'Prijslijst verwijderen' }));

    expect(await screen.findByLabelText('Kies een PDF')).toBeInTheDocument();
    expect(screen.queryByTestId('price-list')).not.toBeInTheDocument();
    expect(screen.getByText('Je prijslijst is verwijderd.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/v1/provider/profile/price-list')).toHaveLength(1);
  });
});
