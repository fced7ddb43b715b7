import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Proxy } from '../api/dossierSharing';
import { publicApi } from '../test/fixtures';
import { renderPartner } from '../test/renderPartner';
import { dossierWith, DOSSIER_ID, quietMatching, signedIn } from './fixtures';

const ROUTE = `/dossiers/${DOSSIER_ID}`;
const API = `/api/v1/dossiers/${DOSSIER_ID}`;
const emptyLog = json({ items: [], next_cursor: null });

const DAUGHTER: Proxy = {
  id: '0192f0c4-0000-7000-8000-0000000a0001',
  email: 'ellen@example.org',
  name: 'Ellen de Vries',
  rights: ['view', 'approve_hours'],
  ends_on: '2027-06-30',
  invited_at: '2026-12-01T10:00:00Z',
  accepted_at: '2026-12-01T12:00:00Z',
  expired: false,
};
const NEIGHBOUR: Proxy = {
  id: '0192f0c4-0000-7000-8000-0000000a0002',
  email: 'buur@example.org',
  name: null,
  rights: ['view'],
  ends_on: null,
  invited_at: '2026-12-02T10:00:00Z',
  accepted_at: null,
  expired: false,
};
const TRANSFER = {
  id: '0192f0c4-0000-7000-8000-0000000b0001',
  to_email: 'gerda@example.org',
  to_help_seeker: true,
  status: 'offered' as const,
  offered_at: '2026-12-03T09:00:00Z',
  expires_at: '2026-12-17T09:00:00Z',
};

describe('sharing a dossier', { timeout: 20_000 }, () => {
  it('lists who acts for the help seeker and invites someone with their rights and last day', async () => {
    const user = userEvent.setup();
    let proxies = [DAUGHTER];
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith({ status: 'searching', paid: true })),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: () => json(proxies),
      [`POST ${API}/proxies`]: () => {
        proxies = [...proxies, NEIGHBOUR];
        return json(NEIGHBOUR, 201);
      },
    });
    renderPartner(ROUTE, api);
    const card = await screen.findByRole('region', { name: 'Wie handelt namens de hulpvrager' });
    expect(await within(card).findByText('Ellen de Vries')).toBeInTheDocument();
    expect(within(card).getByText('Uren goedkeuren')).toBeInTheDocument();
    expect(within(card).getByText(/tot en met .*30 juni 2027/)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Iemand uitnodigen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(within(dialog).getByText('Vul een e-mailadres in.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${API}/proxies`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/E-mailadres/), 'buur@example.org');
    await user.click(within(dialog).getByLabelText('Betalingen en bankgegevens zien'));
    await user.type(within(dialog).getByLabelText('Laatste dag (niet verplicht)'), '2027-01-31');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));
    await waitFor(() => expect(api.callsTo('POST', `${API}/proxies`)).toHaveLength(1));
    expect(api.callsTo('POST', `${API}/proxies`)[0]?.body).toEqual({
      email: 'buur@example.org',
      rights: ['view', 'see_payments'],
      ends_on: '2027-01-31',
    });
    expect(await within(card).findByText('buur@example.org')).toBeInTheDocument();
    expect(within(card).getByText(/nog niet aanvaard/)).toBeInTheDocument();
  });

  it('shows the API’s refusal next to the field it names', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith()),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: json([]),
      [`POST ${API}/proxies`]: problem(422, {
        detail: 'Kies een laatste dag vanaf vandaag.',
        errors: [{ field: 'ends_on', message: 'Kies een laatste dag vanaf vandaag.' }],
      }),
    });
    renderPartner(ROUTE, api);
    await user.click(await screen.findByRole('button', { name: 'Iemand uitnodigen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/E-mailadres/), 'buur@example.org');
    await user.type(within(dialog).getByLabelText('Laatste dag (niet verplicht)'), '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(
      await within(dialog).findByText('Kies een laatste dag vanaf vandaag.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Laatste dag (niet verplicht)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('lets the help seeker remove a proxy, after confirming, and offers no transfer', async () => {
    const user = userEvent.setup();
    let proxies = [DAUGHTER];
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(
        dossierWith({ my_role: 'help_seeker', my_rights: ['view', 'see_payments'] }),
      ),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: () => json(proxies),
      [`DELETE ${API}/proxies/${DAUGHTER.id}`]: () => {
        proxies = [];
        return new Response(null, { status: 204 });
      },
    });
    renderPartner(ROUTE, api);
    const card = await screen.findByRole('region', { name: 'Wie handelt namens de hulpvrager' });
    expect(
      within(card).queryByRole('button', { name: 'Iemand uitnodigen' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dossier overdragen' })).not.toBeInTheDocument();
    await user.click(
      await within(card).findByRole('button', { name: 'Ellen de Vries verwijderen' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Deze persoon verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    expect(
      await within(card).findByText('Er handelt nog niemand anders namens de hulpvrager.'),
    ).toBeInTheDocument();
    expect(api.callsTo('DELETE', `${API}/proxies/${DAUGHTER.id}`)).toHaveLength(1);
  });

  it('shows a proxy only their own rights, and no way to change the dossier', async () => {
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(
        dossierWith({
          my_role: 'proxy',
          my_rights: ['view', 'approve_hours'],
          status: 'searching',
        }),
      ),
      [`GET ${API}/access-log`]: emptyLog,
    });
    renderPartner(ROUTE, api);
    const card = await screen.findByRole('region', { name: 'Wat u in dit dossier mag doen' });
    expect(within(card).getByText('Uren goedkeuren')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pauzeren' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Wie wijzigen' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', `${API}/proxies`)).toHaveLength(0);
  });

  it('transfers the dossier to the help seeker, and withdraws the open transfer', async () => {
    const user = userEvent.setup();
    let open: typeof TRANSFER | null = null;
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: () => json(dossierWith({ open_transfer: open })),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: json([]),
      [`POST ${API}/transfer`]: () => {
        open = TRANSFER;
        return json(TRANSFER, 201);
      },
      [`DELETE ${API}/transfer`]: () => {
        open = null;
        return new Response(null, { status: 204 });
      },
    });
    renderPartner(ROUTE, api);
    const card = await screen.findByRole('region', { name: 'Dossier overdragen' });
    await user.click(within(card).getByRole('button', { name: 'Overdragen…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Gerda, de hulpvrager'));
    await user.type(within(dialog).getByLabelText(/E-mailadres/), 'gerda@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Overdracht versturen' }));
    await waitFor(() => expect(api.callsTo('POST', `${API}/transfer`)).toHaveLength(1));
    expect(api.callsTo('POST', `${API}/transfer`)[0]?.body).toEqual({
      email: 'gerda@example.org',
      to_help_seeker: true,
    });
    expect(
      await within(card).findByText(/Aangeboden aan de hulpvrager \(gerda@example\.org\)/),
    ).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Overdracht intrekken' }));
    expect(await within(card).findByRole('button', { name: 'Overdragen…' })).toBeInTheDocument();
    expect(api.callsTo('DELETE', `${API}/transfer`)).toHaveLength(1);
  });

  it('pauses with an optional reason and closes only with one', async () => {
    const user = userEvent.setup();
    const searching = dossierWith({ status: 'searching', paid: true });
    let now = searching;
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: () => json(now),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: json([]),
      [`POST ${API}/pause`]: () => {
        now = { ...searching, status: 'paused', paused_from: 'searching' };
        return json(now);
      },
      [`POST ${API}/closure`]: () => {
        now = { ...searching, status: 'closed', closed_reason: 'Verhuisd.' };
        return json(now);
      },
    });
    renderPartner(ROUTE, api);
    await user.click(await screen.findByRole('button', { name: 'Pauzeren' }));
    let dialog = await screen.findByRole('dialog', { name: 'Dossier pauzeren' });
    await user.click(within(dialog).getByRole('button', { name: 'Pauzeren' }));
    await waitFor(() => expect(api.callsTo('POST', `${API}/pause`)).toHaveLength(1));
    expect(api.callsTo('POST', `${API}/pause`)[0]?.body).toEqual({ reason: null });
    expect(await screen.findByRole('button', { name: 'Hervatten' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dossier afsluiten' }));
    dialog = await screen.findByRole('dialog', { name: 'Dossier afsluiten' });
    await user.click(within(dialog).getByRole('button', { name: 'Definitief afsluiten' }));
    expect(
      within(dialog).getByText('Geef aan waarom het dossier wordt afgesloten.'),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', `${API}/closure`)).toHaveLength(0);
    await user.type(within(dialog).getByLabelText(/Reden/), 'Verhuisd.');
    await user.click(within(dialog).getByRole('button', { name: 'Definitief afsluiten' }));
    await waitFor(() => expect(api.callsTo('POST', `${API}/closure`)).toHaveLength(1));
    expect(api.callsTo('POST', `${API}/closure`)[0]?.body).toEqual({ reason: 'Verhuisd.' });
    expect(await screen.findByText('Gesloten omdat: Verhuisd.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hervatten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Dossier overdragen' })).not.toBeInTheDocument();
  });

  it('says plainly that a dossier handed over is no longer there for the old manager', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: problem(404, { detail: 'Niet gevonden.' }),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier niet gevonden' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/aan iemand anders is overgedragen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mijn dossiers' })).toHaveAttribute(
      'href',
      '/dossiers',
    );
  });

  it('records a print in the access log before the browser prints, and offers the PDF', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith()),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: json([]),
      [`POST ${API}/prints`]: () => {
        expect(print).not.toHaveBeenCalled();
        return new Response(null, { status: 204 });
      },
    });
    renderPartner(ROUTE, api);
    expect(await screen.findByRole('link', { name: 'Downloaden als pdf' })).toHaveAttribute(
      'href',
      `${API}/export`,
    );
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(api.callsTo('POST', `${API}/prints`)).toHaveLength(1);
    print.mockRestore();
  });
});
