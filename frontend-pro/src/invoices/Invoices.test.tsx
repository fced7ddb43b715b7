import {
  json,
  problem,
  renderWithProviders,
  type StubAnswer,
  type StubCall,
} from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE_ID, proApi } from '../test/proApi';
import type { Invoice, InvoiceSummary } from './api';

const API = `/api/v1/organisations/${LINDE_ID}/invoices`;
const OPEN_ID = '0193a1e2-0000-7000-8000-0000000000f1';
const PAID_ID = '0193a1e2-0000-7000-8000-0000000000f2';

const OPEN: InvoiceSummary = {
  id: OPEN_ID,
  number: '2026-000042',
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  project_id: '0193a1e2-0000-7000-8000-0000000000e1',
  project_name: 'Woonvoorziening De Linde',
  period_start: '2026-11-01',
  period_end: '2026-11-30',
  issued_on: '2026-12-01',
  due_on: '2026-12-31',
  subtotal_cents: 63_741,
  vat_cents: 4_986,
  total_cents: 68_727,
  status: 'overdue',
  paid_at: null,
};

const PAID: InvoiceSummary = {
  ...OPEN,
  id: PAID_ID,
  number: '2026-000017',
  period_start: '2026-10-01',
  period_end: '2026-10-31',
  issued_on: '2026-11-01',
  due_on: '2026-12-01',
  status: 'paid',
  paid_at: '2026-11-14T11:00:00Z',
};

const DETAIL: Invoice = {
  ...OPEN,
  lines: [
    {
      position: 1,
      work_date: '2026-11-03',
      description: '2026-11-03 Verpleegkundige Anna de Vries',
      function: 'nurse',
      worker_name: 'Anna de Vries',
      hours: '8.00',
      rate_cents: 5000,
      amount_cents: 40_000,
      vat_percent: 0,
      vat_cents: 0,
    },
    {
      position: 2,
      work_date: '2026-11-30',
      description: '2026-11-30 Huishoudelijke hulp Bram Bos',
      function: 'domestic_help',
      worker_name: 'Bram Bos',
      hours: '8.33',
      rate_cents: 2850,
      amount_cents: 23_741,
      vat_percent: 21,
      vat_cents: 4_986,
    },
  ],
  vat_rates: [
    { vat_percent: 0, amount_cents: 40_000, vat_cents: 0 },
    { vat_percent: 21, amount_cents: 23_741, vat_cents: 4_986 },
  ],
  paid_via: null,
  payment_reference: null,
  payment_pending: false,
};

const page = (items: InvoiceSummary[]) => json({ items, next_cursor: null });

function byView(call: StubCall) {
  const view = new URLSearchParams(call.search).get('view');
  return page(view === 'all' ? [OPEN, PAID] : [OPEN]);
}

function render(route: string, admin = true, routes: Record<string, StubAnswer> = {}) {
  const api = proApi(
    { admin },
    {
      [`GET ${API}`]: byView,
      [`GET ${API}/${OPEN_ID}`]: json(DETAIL),
      ...routes,
    },
  );
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('invoices', { timeout: 20_000 }, () => {
  it('lists the open invoices, and all of them on the second tab', async () => {
    const user = userEvent.setup();
    const { api } = render('/invoices');
    expect(await screen.findByRole('heading', { level: 1, name: 'Facturen' })).toBeInTheDocument();
    const open = await screen.findByRole('list', { name: 'Openstaande facturen' });
    const [row] = within(open).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'Factuur 2026-000042' })).toHaveAttribute(
      'href',
      `/invoices/${OPEN_ID}`,
    );
    expect(row).toHaveTextContent('Vervallen');
    expect(row).toHaveTextContent('Periodenovember 2026');
    expect(row).toHaveTextContent('ProjectWoonvoorziening De Linde');
    expect(row).toHaveTextContent('Bedrag€ 687,27');
    expect(row).toHaveTextContent('Vervaldatumdo 31 december 2026');
    expect(screen.getByTestId('invoices-count')).toHaveTextContent('1 factuur');
    expect(screen.getByRole('tab', { name: 'Openstaande facturen' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await user.click(screen.getByRole('tab', { name: 'Alle facturen' }));
    const all = await screen.findByRole('list', { name: 'Alle facturen' });
    await waitFor(() => expect(within(all).getAllByRole('listitem')).toHaveLength(2));
    expect(within(all).getAllByRole('listitem')[1]).toHaveTextContent('Betaald');
    const views = api
      .callsTo('GET', API)
      .map((call) => new URLSearchParams(call.search).get('view'));
    expect(views).toEqual(['open', 'all']);
  });

  it('says when nothing is open', async () => {
    render('/invoices', true, { [`GET ${API}`]: page([]) });
    expect(await screen.findByText('Geen openstaande facturen')).toBeInTheDocument();
  });

  it('shows employees that only admins see invoices, and asks the API nothing', async () => {
    const { api } = render('/invoices', false);
    expect(await screen.findByText('Alleen voor beheerders')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(api.callsTo('GET', API)).toHaveLength(0);
  });

  it('shows an invoice with its lines, totals per VAT rate, PDF and pay button', async () => {
    render(`/invoices/${OPEN_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Factuur 2026-000042' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Factuurregels' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('3 nov');
    expect(rows[1]).toHaveTextContent('Verpleegkundige · Anna de Vries');
    expect(rows[1]).toHaveTextContent('8,00');
    expect(rows[1]).toHaveTextContent('€ 50,00');
    expect(rows[1]).toHaveTextContent('€ 400,00');
    expect(rows[1]).toHaveTextContent('0%');
    expect(rows[2]).toHaveTextContent('Huishoudelijke hulp · Bram Bos');
    expect(rows[2]).toHaveTextContent('8,33');
    expect(rows[2]).toHaveTextContent('21%');
    const totals = screen.getByTestId('invoice-totals');
    expect(totals).toHaveTextContent('Subtotaal€ 637,41');
    expect(totals).toHaveTextContent('Btw 0% over € 400,00€ 0,00');
    expect(totals).toHaveTextContent('Btw 21% over € 237,41€ 49,86');
    expect(totals).toHaveTextContent('Totaal te betalen€ 687,27');
    expect(screen.getByText('Vervallen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download pdf' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Betalen met iDEAL' })).toBeEnabled();
    expect(screen.getByText(/De vervaldatum is verstreken/)).toBeInTheDocument();
  });

  it('lists the lines with the same facts on a phone, with no table to scroll', async () => {
    // The lines' card measures 340 px, as on a phone.
    const stub = window.ResizeObserver;
    window.ResizeObserver = class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        const entry = {
          target,
          contentRect: { width: 340, height: 600, x: 0, y: 0, top: 0, left: 0 },
        };
        this.report([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    };
    try {
      render(`/invoices/${OPEN_ID}`);
      const list = await screen.findByRole('list', { name: 'Factuurregels' });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      const items = within(list).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveTextContent('Verpleegkundige · Anna de Vries€ 400,00');
      expect(items[0]).toHaveTextContent('3 nov · 8,00 uur × € 50,00 · btw 0%');
      expect(items[1]).toHaveTextContent('Huishoudelijke hulp · Bram Bos');
      expect(items[1]).toHaveTextContent('8,33 uur');
      expect(items[1]).toHaveTextContent('btw 21%');
    } finally {
      window.ResizeObserver = stub;
    }
  });

  it('offers no payment for a paid invoice', async () => {
    render(`/invoices/${PAID_ID}`, true, {
      [`GET ${API}/${PAID_ID}`]: json({ ...DETAIL, ...PAID, paid_via: 'transfer' }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Factuur 2026-000017' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Betaald')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Betalen met iDEAL' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download pdf' })).toBeInTheDocument();
  });

  it('sends the payer to the checkout, and shows why a payment cannot start', async () => {
    const user = userEvent.setup();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const checkout = 'http://127.0.0.1:8000/sandbox/payments/tr_sandbox_1';
    const { unmount } = render(`/invoices/${OPEN_ID}`, true, {
      [`POST ${API}/${OPEN_ID}/payment`]: json({ payment_id: 'p-1', checkout_url: checkout }, 201),
    });
    await user.click(await screen.findByRole('button', { name: 'Betalen met iDEAL' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith(checkout));
    unmount();

    render(`/invoices/${OPEN_ID}`, true, {
      [`POST ${API}/${OPEN_ID}/payment`]: problem(409, { detail: 'Deze factuur is betaald.' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Betalen met iDEAL' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze factuur is betaald.');
  });

  it('after the bank, says the payment is processed and asks until it is paid', async () => {
    let asked = 0;
    render(`/invoices/${OPEN_ID}?payment=p-1`, true, {
      [`GET ${API}/${OPEN_ID}`]: () => {
        asked += 1;
        return json(
          asked < 2 ? DETAIL : { ...DETAIL, status: 'paid', paid_at: '2026-12-02T10:00:00Z' },
        );
      },
    });
    expect(await screen.findByText('Betaling wordt verwerkt')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Betaling wordt verwerkt' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Betalen met iDEAL' })).not.toBeInTheDocument();
    expect(
      await screen.findByText('Dank u wel: de factuur is betaald.', {}, { timeout: 6000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Betaling wordt verwerkt')).not.toBeInTheDocument();
  });
});
