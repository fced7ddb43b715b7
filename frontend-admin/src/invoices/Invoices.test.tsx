import { json, problem, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import type { BillableProject, Invoice, InvoiceSummary } from './api';

const LINDE_ID = '0192f0c4-0000-7000-8000-00000000d1de';
const PROJECT_ID = '0193a1e2-0000-7000-8000-0000000000e1';
const INVOICE_ID = '0193a1e2-0000-7000-8000-0000000000f1';
const LIST_API = '/api/v1/admin/invoices';

const SUMMARY: InvoiceSummary = {
  id: INVOICE_ID,
  number: '2026-000042',
  organisation_id: LINDE_ID,
  organisation_name: 'Zorggroep De Linde',
  project_id: PROJECT_ID,
  project_name: 'Woonvoorziening De Linde',
  period_start: '2026-11-01',
  period_end: '2026-11-30',
  issued_on: '2026-12-01',
  due_on: '2026-12-31',
  subtotal_cents: 63_741,
  vat_cents: 4_986,
  total_cents: 68_727,
  status: 'open',
  paid_at: null,
};

const DETAIL: Invoice = {
  ...SUMMARY,
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

const BILLABLE: BillableProject[] = [
  {
    project_id: PROJECT_ID,
    project_name: 'Woonvoorziening De Linde',
    organisation_id: LINDE_ID,
    organisation_name: 'Zorggroep De Linde',
    month: '2026-11',
    shifts: 12,
    invoiced: false,
  },
  {
    project_id: PROJECT_ID,
    project_name: 'Woonvoorziening De Linde',
    organisation_id: LINDE_ID,
    organisation_name: 'Zorggroep De Linde',
    month: '2026-10',
    shifts: 1,
    invoiced: true,
  },
];

const where = () => screen.getByTestId('where').textContent;

function render(role: 'admin' | 'care_manager' | 'branch', route: string, routes = {}) {
  const api = staffApi(role, {
    [`GET ${LIST_API}`]: json({ items: [SUMMARY], next_cursor: null }),
    [`GET ${LIST_API}/${INVOICE_ID}`]: json(DETAIL),
    [`GET ${LIST_API}/billable-projects`]: json({ items: BILLABLE, next_cursor: null }),
    ...routes,
  });
  renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
  return api;
}

describe('invoices in the staff console', { timeout: 30_000 }, () => {
  it('is in the menu of care managers and admins, not of branch staff', async () => {
    const user = userEvent.setup();
    render('care_manager', '/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Facturen' }));
    const list = await screen.findByRole('list', { name: 'Facturen' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'Factuur 2026-000042' })).toHaveAttribute(
      'href',
      `/invoices/${INVOICE_ID}`,
    );
    expect(row).toHaveTextContent('Open');
    expect(row).toHaveTextContent('Zorggroep De Linde · Woonvoorziening De Linde');
    expect(row).toHaveTextContent('november 2026 · € 687,27');
    expect(screen.getByRole('link', { name: 'Factuur maken' })).toHaveAttribute(
      'href',
      '/invoices/new',
    );
  });

  it('hides the entry from branch staff', async () => {
    render('branch', '/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Orders' });
    expect(within(nav).queryByRole('link', { name: 'Facturen' })).not.toBeInTheDocument();
  });

  it('filters by status, in the address and the API call', async () => {
    const user = userEvent.setup();
    const api = render('admin', '/invoices');
    await screen.findByRole('list', { name: 'Facturen' });
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Vervallen', hidden: true }));
    await waitFor(() => expect(where()).toBe('/invoices?status=overdue'));
    await waitFor(() => {
      const last = api.callsTo('GET', LIST_API).at(-1) as StubCall;
      expect(new URLSearchParams(last.search).get('status')).toBe('overdue');
    });
  });

  it('shows an invoice with its lines and totals; admins record a payment', async () => {
    const user = userEvent.setup();
    const api = render('admin', `/invoices/${INVOICE_ID}`, {
      [`POST ${LIST_API}/${INVOICE_ID}/payments`]: (call: StubCall) =>
        json({
          ...DETAIL,
          status: 'paid',
          paid_at: '2026-12-02T11:00:00Z',
          paid_via: 'transfer',
          payment_reference: (call.body as { reference: string }).reference,
        }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Factuur 2026-000042' }),
    ).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Factuurregels' });
    expect(within(lines).getAllByRole('row')).toHaveLength(3);
    expect(lines).toHaveTextContent('2026-11-30 Huishoudelijke hulp Bram Bos');
    expect(lines).toHaveTextContent('8,33');
    const totals = screen.getByTestId('invoice-totals');
    expect(totals).toHaveTextContent('Btw 21% over € 237,41€ 49,86');
    expect(totals).toHaveTextContent('Totaal€ 687,27');

    const reference = screen.getByRole('textbox', { name: /Kenmerk/ });
    expect(reference).toHaveValue('2026-000042');
    await user.clear(reference);
    await user.click(screen.getByRole('button', { name: 'Betaling registreren' }));
    expect(await screen.findAllByText('Vul het kenmerk van de betaling in.')).not.toHaveLength(0);
    await user.type(reference, 'Afschrift 12');
    await user.click(screen.getByRole('button', { name: 'Betaling registreren' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `${LIST_API}/${INVOICE_ID}/payments`)).toHaveLength(1),
    );
    const [call] = api.callsTo('POST', `${LIST_API}/${INVOICE_ID}/payments`) as [StubCall];
    expect(call.body).toEqual({
      paid_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reference: 'Afschrift 12',
    });
    expect(await screen.findByText(/Overgemaakt, geregistreerd op/)).toHaveTextContent(
      'Afschrift 12',
    );
    expect(screen.queryByRole('button', { name: 'Betaling registreren' })).not.toBeInTheDocument();
  });

  it('shows why a payment cannot be recorded', async () => {
    const user = userEvent.setup();
    render('admin', `/invoices/${INVOICE_ID}`, {
      [`POST ${LIST_API}/${INVOICE_ID}/payments`]: problem(409, {
        detail: 'Deze factuur is betaald.',
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Betaling registreren' }));
    expect(await screen.findByText('Deze factuur is betaald.')).toBeInTheDocument();
  });

  it('gives care managers no payment form', async () => {
    render('care_manager', `/invoices/${INVOICE_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Factuur 2026-000042' });
    expect(screen.queryByRole('button', { name: 'Betaling registreren' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download pdf' })).toBeInTheDocument();
  });

  it('makes a project invoice of a month from the projects with shifts to invoice', async () => {
    const user = userEvent.setup();
    const api = render('care_manager', '/invoices/new', {
      [`POST /api/v1/admin/projects/${PROJECT_ID}/invoices`]: json(DETAIL, 201),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Factuur maken' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Diensten om te factureren' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(table).toHaveTextContent('Maand al gefactureerd');

    await user.click(screen.getByRole('button', { name: 'Factuur maken' }));
    expect(await screen.findAllByText('Kies een project en maand.')).not.toHaveLength(0);
    await user.click(screen.getByRole('combobox', { name: /Project en maand/ }));
    const options = await screen.findAllByRole('option', { hidden: true });
    // Only the month not invoiced yet is offered.
    expect(options).toHaveLength(1);
    await user.click(options[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Factuur maken' }));
    await waitFor(() => expect(where()).toBe(`/invoices/${INVOICE_ID}`));
    const [call] = api.callsTo('POST', `/api/v1/admin/projects/${PROJECT_ID}/invoices`) as [
      StubCall,
    ];
    expect(call.body).toEqual({ month: '2026-11' });
  });

  it('says why an invoice cannot be made', async () => {
    const user = userEvent.setup();
    render('admin', '/invoices/new', {
      [`POST /api/v1/admin/projects/${PROJECT_ID}/invoices`]: problem(409, {
        detail: 'Niets te factureren.',
      }),
    });
    await user.click(await screen.findByRole('combobox', { name: /Project en maand/ }));
    await user.click((await screen.findAllByRole('option', { hidden: true }))[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Factuur maken' }));
    expect(await screen.findByText('Niets te factureren.')).toBeInTheDocument();
  });
});
