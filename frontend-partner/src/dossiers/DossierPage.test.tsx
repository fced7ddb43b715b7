import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccessLogEntry } from '../api/dossiers';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';
import { dossierWith, DOSSIER_ID, draftWith, quietMatching, signedIn } from './fixtures';

const ROUTE = `/dossiers/${DOSSIER_ID}`;
const API = `/api/v1/dossiers/${DOSSIER_ID}`;

const VIEWED: AccessLogEntry = {
  action: 'dossier.viewed',
  at: '2026-12-02T09:30:00Z',
  ip: '192.0.2.10',
  who_name: 'Anna Jansen',
  who_role: 'manager',
};
const PAID: AccessLogEntry = {
  action: 'dossier.payment_started',
  at: '2026-12-01T11:00:00Z',
  ip: null,
  who_name: null,
  who_role: 'system',
};

const emptyLog = json({ items: [], next_cursor: null });
const noProxies = json([]);

describe('the dossier page', { timeout: 20_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends someone who is not signed in to the login page', async () => {
    renderPartner(ROUTE, publicApi());
    await waitFor(() => expect(where()).toBe(`/login?next=${encodeURIComponent(ROUTE)}`));
  });

  it('shows the details by step with change links, and the status history', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: json(dossierWith()),
        [`GET ${API}/access-log`]: emptyLog,
        [`GET ${API}/proxies`]: noProxies,
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gerda de Vries' }),
    ).toBeInTheDocument();
    const who = screen.getByRole('region', { name: 'Wie' });
    expect(within(who).getByText(/Oudegracht 12 A/)).toBeInTheDocument();
    expect(within(who).getByText('Nederlands')).toBeInTheDocument();
    expect(within(who).getByRole('link', { name: 'Wie wijzigen' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}/wizard/who`,
    );
    const help = screen.getByRole('region', { name: 'Welke hulp' });
    expect(within(help).getByText('Boodschappen doen')).toBeInTheDocument();
    const when = screen.getByRole('region', { name: 'Wanneer' });
    expect(within(when).getByText('Elke week')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Bankgegevens' })).getByText('NL91ABNA0417164300'),
    ).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(within(history).getByText('Concept → Wacht op betaling')).toBeInTheDocument();
    expect(within(history).getAllByText(/door Anna Jansen/)).toHaveLength(2);
  });

  it('sends the payer to the checkout page of the registration fee', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign });
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith()),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: noProxies,
      [`POST ${API}/payment`]: json(
        {
          id: '0192f0c4-0000-7000-8000-0000000fee01',
          amount_cents: 1000,
          vat_cents: 174,
          status: 'open',
          paid_at: null,
          checkout_url: 'https://sandbox.example/checkout/1',
        },
        201,
      ),
    });
    renderPartner(ROUTE, api);
    await user.click(
      await screen.findByRole('button', { name: /^Inschrijfkosten betalen \(€\s?10,00\)$/ }),
    );
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://sandbox.example/checkout/1'));
  });

  it('submits a paid dossier and shows the API’s refusal for an unverified partner', async () => {
    const user = userEvent.setup();
    const message = 'De beheerder van het dossier heeft nog geen geverifieerde partnertoegang.';
    renderPartner(
      ROUTE,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: json(dossierWith({ paid: true })),
        [`GET ${API}/access-log`]: emptyLog,
        [`GET ${API}/proxies`]: noProxies,
        [`POST ${API}/submission`]: problem(409, { detail: message }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Aanbieden voor matching' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('submits a paid dossier of a verified partner', async () => {
    const user = userEvent.setup();
    const searching = dossierWith({
      paid: true,
      status: 'searching',
      history: [
        ...dossierWith().history,
        {
          at: '2026-12-02T10:00:00Z',
          from_status: 'awaiting_payment',
          to_status: 'searching',
          by_name: 'Anna Jansen',
          reason: null,
        },
      ],
    });
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith({ paid: true, can_submit: true })),
      [`GET ${API}/access-log`]: emptyLog,
      [`GET ${API}/proxies`]: noProxies,
      [`POST ${API}/submission`]: json(searching),
    });
    renderPartner(ROUTE, api);
    await user.click(await screen.findByRole('button', { name: 'Aanbieden voor matching' }));
    expect(await screen.findByText('Wacht op betaling → Zoekt een helper')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Aanbieden voor matching' }),
    ).not.toBeInTheDocument();
  });

  it('leads back into the wizard for a draft', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: json(draftWith(['who', 'help'])),
        [`GET ${API}/access-log`]: emptyLog,
        [`GET ${API}/proxies`]: noProxies,
      }),
    );
    expect(await screen.findByRole('link', { name: 'Verder met het dossier' })).toHaveAttribute(
      'href',
      `/dossiers/${DOSSIER_ID}/wizard/when`,
    );
    expect(
      within(screen.getByRole('region', { name: 'Bankgegevens' })).getByText('Nog niet ingevuld.'),
    ).toBeInTheDocument();
  });

  it('shows who looked at the dossier, a page at a time', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith()),
      [`GET ${API}/access-log`]: (call) =>
        new URLSearchParams(call.search).get('cursor') === 'older'
          ? json({ items: [PAID], next_cursor: null })
          : json({ items: [VIEWED], next_cursor: 'older' }),
    });
    renderPartner(ROUTE, api);
    const log = await screen.findByTestId('access-log');
    const row = within(log).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByText('Anna Jansen')).toBeInTheDocument();
    expect(within(row).getByText('Beheerder')).toBeInTheDocument();
    expect(within(row).getByText('Dossier bekeken')).toBeInTheDocument();
    expect(within(row).getByText('192.0.2.10')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Oudere regels' }));
    expect(await screen.findByText('Betaling gestart')).toBeInTheDocument();
    expect(screen.getByText('Kring (automatisch)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oudere regels' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nieuwste regels' }));
    expect(await screen.findByText('Dossier bekeken')).toBeInTheDocument();
  });
  it('back from the checkout, waits for the bank and then shows the fee as paid', async () => {
    let reads = 0;
    const payment = (status: string) =>
      json({
        id: '0192f0c4-0000-7000-8000-0000000fee01',
        amount_cents: 1000,
        vat_cents: 174,
        status,
        paid_at: status === 'paid' ? '2026-12-02T09:00:00Z' : null,
        checkout_url: 'https://sandbox.example/checkout/1',
      });
    renderPartner(
      `${ROUTE}/payment?payment=0192f0c4-0000-7000-8000-0000000fee01`,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: () => json(dossierWith({ paid: reads > 1 })),
        [`GET ${API}/access-log`]: emptyLog,
        [`GET ${API}/proxies`]: noProxies,
        [`GET ${API}/payment`]: () => {
          reads += 1;
          return payment(reads > 1 ? 'paid' : 'open');
        },
      }),
    );
    expect(await screen.findByTestId('payment-result')).toHaveTextContent(
      'We wachten op de bevestiging van uw betaling…',
    );
    await waitFor(
      () =>
        expect(screen.getByTestId('payment-result')).toHaveTextContent(
          'de inschrijfkosten zijn betaald',
        ),
      { timeout: 5000 },
    );
    expect(
      await screen.findByRole('button', { name: 'Aanbieden voor matching' }),
    ).toBeInTheDocument();
  });

  it('says so when the payer cancelled at the checkout', async () => {
    renderPartner(
      `${ROUTE}/payment`,
      publicApi({
        ...signedIn,
        ...quietMatching(API),
        ...quietMatching(API),
        [`GET ${API}`]: json(dossierWith()),
        [`GET ${API}/access-log`]: emptyLog,
        [`GET ${API}/proxies`]: noProxies,
        [`GET ${API}/payment`]: json({
          id: '0192f0c4-0000-7000-8000-0000000fee01',
          amount_cents: 1000,
          vat_cents: 174,
          status: 'canceled',
          paid_at: null,
          checkout_url: 'https://sandbox.example/checkout/1',
        }),
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('payment-result')).toHaveTextContent(
        'U hebt de betaling geannuleerd. Er is niets afgeschreven.',
      ),
    );
    expect(screen.getByRole('button', { name: /^Inschrijfkosten betalen/ })).toBeInTheDocument();
  });
});
