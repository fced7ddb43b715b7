import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PaymentRun, PaymentRunPreview, PaymentRunSummary } from '../api/paymentRuns';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { staffApi } from '../test/adminApi';

const RUN_ID = '01a24c17-0000-7000-8000-0000000000a1';
const RUNS = '/api/v1/admin/payment-runs';

const OCTOBER: PaymentRunSummary = {
  id: '01a24c17-0000-7000-8000-0000000000a0',
  month: '2026-10',
  entries: 12,
  collected_cents: 48000,
  paid_cents: 48000,
  collection_date: '2026-11-09',
  made_by_name: 'Ada Admin',
  created_at: '2026-11-02T09:15:00Z',
};

const PREVIEW: PaymentRunPreview = {
  month: '2026-11',
  collection_date: '2026-12-11',
  entries: 5,
  collections: 2,
  payments: 2,
  collected_cents: 12792,
  paid_cents: 12792,
  waiting_entries: 3,
  waiting: [
    {
      reason: 'helper_without_account',
      party: 'helper',
      party_id: '01a24c17-0000-7000-8000-0000000000h1',
      name: 'Henk Bakker',
      entries: 2,
      amount_cents: 4000,
    },
    {
      reason: 'not_positive',
      party: 'dossier',
      party_id: '01a24c17-0000-7000-8000-0000000000d1',
      name: 'Truus de Vries',
      entries: 1,
      amount_cents: -1000,
    },
  ],
};

const NOVEMBER: PaymentRun = {
  id: RUN_ID,
  month: '2026-11',
  entries: 5,
  collected_cents: 12792,
  paid_cents: 12792,
  collection_date: '2026-12-11',
  made_by_name: 'Ada Adviseur',
  created_at: '2026-12-06T10:00:00Z',
  collections: [
    {
      dossier_id: '01a24c17-0000-7000-8000-0000000000d1',
      help_seeker_name: 'Truus de Vries',
      account_holder: 'G. de Vries',
      iban: 'NL91ABNA0417164300',
      amount_cents: 10792,
      entries: 4,
      mandate_id: 'KR-01A24C170000700080000000000000D1',
      mandate_date: '2026-09-01',
      sequence: 'FRST',
    },
    {
      dossier_id: '01a24c17-0000-7000-8000-0000000000d2',
      help_seeker_name: 'Kees Smit',
      account_holder: 'K. Smit',
      iban: 'NL44RABO0123456789',
      amount_cents: 2000,
      entries: 1,
      mandate_id: 'KR-01A24C170000700080000000000000D2',
      mandate_date: '2026-08-12',
      sequence: 'RCUR',
    },
  ],
  payments: [
    {
      helper_id: '01a24c17-0000-7000-8000-0000000000h2',
      helper_name: 'Mia Bakker',
      account_holder: 'Mia Bakker',
      iban: 'NL39RABO0300065264',
      amount_cents: 3792,
      entries: 2,
    },
    {
      helper_id: '01a24c17-0000-7000-8000-0000000000h3',
      helper_name: 'Jan Jansen',
      account_holder: 'J. Jansen',
      iban: 'NL20INGB0001234567',
      amount_cents: 9000,
      entries: 3,
    },
  ],
};

function renderAt(route: string, api: ReturnType<typeof staffApi>) {
  return renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
}

describe('payment runs', () => {
  beforeEach(() => {
    // Only the clock: "last month" is November 2026 (Amsterdam), whatever day the tests run.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is in the menu only for staff who may run payments', async () => {
    const admin = staffApi('admin', { [`GET ${RUNS}`]: json({ items: [], next_cursor: null }) });
    const { unmount } = renderAt('/', admin);
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    expect(await within(nav).findByRole('link', { name: 'Betalingen' })).toHaveAttribute(
      'href',
      '/payment-runs',
    );
    unmount();

    renderAt('/payment-runs', staffApi('advisor'));
    const advisorNav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(advisorNav).findByRole('link', { name: 'Dossiers' });
    expect(within(advisorNav).queryByRole('link', { name: 'Betalingen' })).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Deze pagina hoort niet bij je rol' }),
    ).toBeVisible();
  });

  it("previews last month's run, with what waits and why, and makes it after a confirmation", async () => {
    const user = userEvent.setup();
    const api = staffApi('admin', {
      [`GET ${RUNS}`]: json({ items: [OCTOBER], next_cursor: null }),
      [`GET ${RUNS}/preview`]: json(PREVIEW),
      [`POST ${RUNS}`]: json(NOVEMBER, 201),
      [`GET ${RUNS}/${RUN_ID}`]: json(NOVEMBER),
    });
    renderAt('/payment-runs', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Betalingen' })).toBeVisible();
    const card = await screen.findByRole('region', { name: 'De ronde voor november 2026' });
    expect(await within(card).findByText('bij 2 hulpvragers')).toBeVisible();
    expect(within(card).getAllByText('€ 127,92')).toHaveLength(2);
    expect(within(card).getByText('aan 2 buurthulpen')).toBeVisible();
    expect(within(card).getByText('geïnd en betaald op vr 11 december 2026')).toBeVisible();
    expect(new URLSearchParams(api.callsTo('GET', `${RUNS}/preview`)[0]?.search).get('month')).toBe(
      '2026-11',
    );
    // What waits, per helper or dossier, and why.
    const waiting = within(card).getByRole('region', {
      name: '3 registraties wachten op een volgende ronde',
    });
    const [henk, truus] = within(waiting).getAllByRole('listitem');
    expect(henk).toHaveTextContent('Henk Bakker');
    expect(henk).toHaveTextContent('Geen bankrekening van de buurthulp');
    expect(henk).toHaveTextContent('2 registraties, € 40,00');
    expect(truus).toHaveTextContent('Totaal niet boven nul (correctie)');
    expect(truus).toHaveTextContent('€ -10,00');
    // The runs made.
    const made = screen.getByRole('table', { name: 'Gemaakte rondes' });
    expect(within(made).getByRole('link', { name: 'oktober 2026' })).toHaveAttribute(
      'href',
      `/payment-runs/${OCTOBER.id}`,
    );
    expect(within(made).getByText('€ 480,00')).toBeVisible();

    await user.click(
      within(card).getByRole('button', { name: 'Maak de ronde voor november 2026' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'De ronde voor november 2026 maken?',
    });
    expect(dialog).toHaveTextContent(
      'Kring int € 127,92 bij 2 hulpvragers en betaalt het aan 2 buurthulpen, op vr 11 december 2026.',
    );
    expect(api.callsTo('POST', RUNS)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ronde maken' }));
    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent(`/payment-runs/${RUN_ID}`),
    );
    expect(api.callsTo('POST', RUNS)[0]?.body).toEqual({ month: '2026-11' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Betalingsronde november 2026' }),
    ).toBeVisible();
  }, 20_000);

  it('says why no run can be made when the API refuses the month', async () => {
    const api = staffApi('admin', {
      [`GET ${RUNS}`]: json({ items: [], next_cursor: null }),
      [`GET ${RUNS}/preview`]: problem(409, {
        detail:
          'Er is al een betalingsronde voor november 2026: uren die sindsdien zijn goedgekeurd, gaan mee in de volgende.',
      }),
    });
    renderAt('/payment-runs', api);
    const card = await screen.findByRole('region', { name: 'De ronde voor november 2026' });
    expect(
      await within(card).findByText(/Er is al een betalingsronde voor november 2026/),
    ).toBeVisible();
    expect(within(card).queryByRole('button', { name: /Maak de ronde/ })).not.toBeInTheDocument();
    expect(await screen.findByText('Nog geen rondes')).toBeVisible();
  });

  it('offers no button when nothing can be collected yet', async () => {
    const api = staffApi('admin', {
      [`GET ${RUNS}`]: json({ items: [], next_cursor: null }),
      [`GET ${RUNS}/preview`]: json({
        ...PREVIEW,
        entries: 0,
        collections: 0,
        payments: 0,
        collected_cents: 0,
        paid_cents: 0,
        waiting_entries: 0,
        waiting: [],
      }),
    });
    renderAt('/payment-runs', api);
    expect(await screen.findByText(/Er is nog niets te innen en te betalen/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Maak de ronde/ })).not.toBeInTheDocument();
  });

  it("shows a run's collections and payments in euros, and its two SEPA files", async () => {
    const api = staffApi('admin', { [`GET ${RUNS}/${RUN_ID}`]: json(NOVEMBER) });
    renderAt(`/payment-runs/${RUN_ID}`, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Betalingsronde november 2026' }),
    ).toBeVisible();
    expect(screen.getByText(/Gemaakt door Ada Adviseur/)).toBeVisible();

    const collections = screen.getByRole('table', { name: "Incasso's" });
    const [truus, kees] = within(collections).getAllByRole('row').slice(1, 3);
    expect(truus).toHaveTextContent('Truus de Vries');
    expect(truus).toHaveTextContent('t.n.v. G. de Vries');
    expect(truus).toHaveTextContent('NL91ABNA0417164300');
    expect(truus).toHaveTextContent('KR-01A24C170000700080000000000000D1');
    expect(truus).toHaveTextContent('Eerste');
    expect(truus).toHaveTextContent('€ 107,92');
    expect(truus).toHaveTextContent('4 registraties');
    expect(kees).toHaveTextContent('Herhaald');
    expect(
      within(collections).getByRole('rowheader', { name: 'Totaal' }).closest('tr'),
    ).toHaveTextContent('€ 127,92');

    const payments = screen.getByRole('table', { name: 'Uitbetalingen' });
    expect(within(payments).getByText('NL39RABO0300065264')).toBeVisible();
    expect(within(payments).getByText('€ 90,00')).toBeVisible();
    expect(within(payments).getByText('3 registraties')).toBeVisible();

    const debit = screen.getByRole('link', { name: 'Incassobestand (SEPA)' });
    expect(debit).toHaveAttribute('href', `${RUNS}/${RUN_ID}/direct-debit`);
    expect(debit).toHaveAttribute('download');
    expect(screen.getByRole('link', { name: 'Betaalbestand (SEPA)' })).toHaveAttribute(
      'href',
      `${RUNS}/${RUN_ID}/credit-transfer`,
    );
  });

  it('writes amounts and months in the staff member’s language', async () => {
    const api = staffApi('admin', { [`GET ${RUNS}/${RUN_ID}`]: json(NOVEMBER) });
    const { i18n } = renderAt(`/payment-runs/${RUN_ID}`, api);
    await i18n.changeLanguage('fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cycle de paiement de novembre 2026' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Fichier de prélèvement (SEPA)' })).toBeVisible();
    await i18n.changeLanguage('en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Payment run November 2026' }),
    ).toBeVisible();
    expect(screen.getByRole('table', { name: 'Collections' })).toHaveTextContent('€ 107,92');
  });
});
