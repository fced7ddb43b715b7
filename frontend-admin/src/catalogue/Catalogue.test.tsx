import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Device } from '../api/catalogue';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';

const DEVICE_ID = '0192f0c4-0000-7000-8000-0000000de001';
const OPTION_ID = '0192f0c4-0000-7000-8000-0000000de0a1';
const ROLSTOEL: Device = {
  id: DEVICE_ID,
  code: 'HB-1024',
  name_nl: 'Rolstoel standaard',
  name_fr: 'Fauteuil roulant standard',
  name_en: 'Standard wheelchair',
  category: 'GRZ',
  supply: 'rental',
  needs_ad_contract: false,
  active: true,
  options: [
    {
      id: OPTION_ID,
      name_nl: 'Plankzitting met AD-kussen',
      name_fr: 'Assise rigide avec coussin anti-escarres',
      name_en: 'Solid seat with pressure-relief cushion',
      needs_ad_contract: true,
      active: true,
      position: 1,
    },
  ],
  created_at: '2026-12-01T09:00:00Z',
  modified_at: '2026-12-01T09:00:00Z',
};
const KUSSEN: Device = {
  ...ROLSTOEL,
  id: '0192f0c4-0000-7000-8000-0000000de002',
  code: 'AD-300',
  name_nl: 'AD-kussen',
  category: 'AD',
  supply: 'sale',
  needs_ad_contract: true,
  active: false,
  options: [],
};

const where = () => screen.getByTestId('where').textContent;

describe('the catalogue of assistive devices', { timeout: 30_000 }, () => {
  it('lists the devices, filtered by category and active, a page at a time', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/admin/assistive-devices': (call) =>
        new URLSearchParams(call.search).get('cursor')
          ? json({ items: [KUSSEN], next_cursor: null })
          : json({ items: [ROLSTOEL], next_cursor: 'next' }),
    });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Hulpmiddelen' }));

    const table = await screen.findByRole('table', { name: 'Hulpmiddelen' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Rolstoel standaard' })).toHaveAttribute(
      'href',
      `/catalogue/${DEVICE_ID}`,
    );
    expect(row).toHaveTextContent('HB-1024');
    expect(row).toHaveTextContent('GRZ (geriatrische revalidatiezorg) · Huur');
    expect(row).toHaveTextContent('1 optie');
    expect(row).toHaveTextContent('Actief');

    await user.click(screen.getByRole('button', { name: 'Meer hulpmiddelen tonen' }));
    const second = (await within(table).findAllByRole('row'))[2] as HTMLElement;
    expect(second).toHaveTextContent('AD-kussen');
    expect(second).toHaveTextContent('Niet actief');
    expect(second).toHaveTextContent('Alleen met AD-contract');

    await user.click(screen.getByRole('combobox', { name: 'Categorie' }));
    await user.click(await screen.findByRole('option', { name: /^AD/, hidden: true }));
    await user.click(screen.getByRole('combobox', { name: 'Actief' }));
    await user.click(
      await screen.findByRole('option', { name: 'Alleen niet actieve', hidden: true }),
    );
    await waitFor(() => expect(where()).toBe('/catalogue?category=AD&active=false'));
    await waitFor(() => {
      const query = new URLSearchParams(
        api.callsTo('GET', '/api/v1/admin/assistive-devices').at(-1)?.search,
      );
      expect([query.get('category'), query.get('active'), query.get('cursor')]).toEqual([
        'AD',
        'false',
        null,
      ]);
    });
  });

  it('checks a new device before sending it, and shows a code already in use', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const api = staffApi('admin', {
      'POST /api/v1/admin/assistive-devices': () =>
        ++tries === 1
          ? problem(409, { detail: 'Er is al een hulpmiddel met deze code.' })
          : json({ ...KUSSEN, code: 'AD-301', active: true }, 201),
      [`GET /api/v1/admin/assistive-devices/${KUSSEN.id}`]: json({
        ...KUSSEN,
        code: 'AD-301',
        active: true,
      }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/catalogue/new',
    });
    const save = await screen.findByRole('button', { name: 'Hulpmiddel toevoegen' });
    await user.click(save);
    const summary = await screen.findByTestId('error-summary');
    for (const field of ['Code', 'Naam in het Nederlands', 'Categorie', 'Huur of verkoop']) {
      expect(within(summary).getByRole('link', { name: new RegExp(`^${field}`) })).toBeVisible();
    }
    expect(api.callsTo('POST', '/api/v1/admin/assistive-devices')).toEqual([]);

    const code = screen.getByLabelText(/^Code/);
    await user.type(code, 'ad 301');
    await user.type(screen.getByLabelText(/^Naam in het Nederlands/), 'AD-kussen');
    await user.type(screen.getByLabelText(/^Naam in het Frans/), 'Coussin AD');
    await user.type(screen.getByLabelText(/^Naam in het Engels/), 'AD cushion');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Categorie/ }), 'AD');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Huur of verkoop/ }), 'sale');
    // An AD device always needs the AD contract: ticked, and not to be cleared.
    const ad = screen.getByRole('checkbox', { name: 'Vraagt een AD-contract' });
    expect(ad).toBeChecked();
    expect(ad).toBeDisabled();
    await user.click(save);
    expect(code).toHaveAccessibleDescription(/Schrijf de code als HB-1024/);
    expect(api.callsTo('POST', '/api/v1/admin/assistive-devices')).toEqual([]);

    await user.clear(code);
    await user.type(code, 'ad-301');
    await user.click(save);
    // The API's 409 names no field: it is said at the code, where it can be mended.
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(/Er is al een hulpmiddel met deze code\./),
    );
    expect(api.callsTo('POST', '/api/v1/admin/assistive-devices')[0]?.body).toEqual({
      code: 'AD-301',
      name_nl: 'AD-kussen',
      name_fr: 'Coussin AD',
      name_en: 'AD cushion',
      category: 'AD',
      supply: 'sale',
      needs_ad_contract: true,
      active: true,
    });

    await user.click(save);
    expect(
      await screen.findByText(/Het hulpmiddel is toegevoegd\. Voeg hieronder de opties toe/),
    ).toBeInTheDocument();
    expect(where()).toBe(`/catalogue/${KUSSEN.id}`);
  });

  it('changes a device by what changed, and adds and withdraws its options', async () => {
    const user = userEvent.setup();
    let device = ROLSTOEL;
    const answer = (next: Device) => {
      device = { ...next, modified_at: new Date().toISOString() };
      return json(device);
    };
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/assistive-devices/${DEVICE_ID}`]: () => json(device),
      [`PATCH /api/v1/admin/assistive-devices/${DEVICE_ID}`]: () =>
        answer({ ...device, name_fr: 'Fauteuil roulant' }),
      [`POST /api/v1/admin/assistive-devices/${DEVICE_ID}/options`]: () =>
        answer({
          ...device,
          options: [
            ...device.options,
            {
              id: '0192f0c4-0000-7000-8000-0000000de0a2',
              name_nl: 'Trommelrem',
              name_fr: 'Frein à tambour',
              name_en: 'Drum brake',
              needs_ad_contract: false,
              active: true,
              position: 2,
            },
          ],
        }),
      [`PATCH /api/v1/admin/assistive-devices/${DEVICE_ID}/options/${OPTION_ID}`]: () =>
        answer({
          ...device,
          options: device.options.map((o) => (o.id === OPTION_ID ? { ...o, active: false } : o)),
        }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/catalogue/${DEVICE_ID}`,
    });
    const french = await screen.findByLabelText(/^Naam in het Frans/);
    await user.clear(french);
    await user.type(french, 'Fauteuil roulant');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('PATCH', `/api/v1/admin/assistive-devices/${DEVICE_ID}`)[0]?.body).toEqual({
      name_fr: 'Fauteuil roulant',
    });

    const options = screen.getByRole('region', { name: 'Opties' });
    await user.click(within(options).getByRole('button', { name: 'Optie toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nieuwe optie' });
    expect(within(dialog).getByLabelText(/^Plaats in de lijst/)).toHaveValue('2');
    await user.click(within(dialog).getByRole('button', { name: 'Optie toevoegen' }));
    expect(within(dialog).getByLabelText(/^Naam in het Nederlands/)).toHaveAccessibleDescription(
      /Vul de naam in\./,
    );
    await user.type(within(dialog).getByLabelText(/^Naam in het Nederlands/), 'Trommelrem');
    await user.type(within(dialog).getByLabelText(/^Naam in het Frans/), 'Frein à tambour');
    await user.type(within(dialog).getByLabelText(/^Naam in het Engels/), 'Drum brake');
    await user.click(within(dialog).getByRole('button', { name: 'Optie toevoegen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      api.callsTo('POST', `/api/v1/admin/assistive-devices/${DEVICE_ID}/options`)[0]?.body,
    ).toEqual({
      name_nl: 'Trommelrem',
      name_fr: 'Frein à tambour',
      name_en: 'Drum brake',
      needs_ad_contract: false,
      position: 2,
      active: true,
    });
    expect(await within(options).findByText('Trommelrem')).toBeInTheDocument();

    await user.click(
      within(options).getByRole('button', {
        name: 'Niet meer aanbieden: Plankzitting met AD-kussen',
      }),
    );
    expect(
      await within(options).findByRole('button', {
        name: 'Weer aanbieden: Plankzitting met AD-kussen',
      }),
    ).toBeInTheDocument();
    expect(
      api.callsTo('PATCH', `/api/v1/admin/assistive-devices/${DEVICE_ID}/options/${OPTION_ID}`)[0]
        ?.body,
    ).toEqual({ active: false });
  });

  it('is not in the menu of a branch member', async () => {
    const api = staffApi('branch');
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Orders' });
    expect(within(nav).queryByRole('link', { name: 'Hulpmiddelen' })).not.toBeInTheDocument();
  });
});
