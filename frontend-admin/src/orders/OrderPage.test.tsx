import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StaffOrder } from '../api/orders';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import { ORDER_ID, ROLSTOEL_ORDER, dayFromToday } from './testData';

const ORDER_PATH = `/api/v1/admin/orders/${ORDER_ID}`;
const STATUS_PATH = `${ORDER_PATH}/status`;

function render(role: 'branch' | 'advisor', order: StaffOrder, status?: () => Response) {
  const api = staffApi(role, {
    [`GET ${ORDER_PATH}`]: () => json(order),
    ...(status ? { [`POST ${STATUS_PATH}`]: status } : {}),
  });
  renderWithProviders(<AppRoutes />, {
    translations,
    fetch: api.fetch,
    route: `/orders/${ORDER_ID}`,
  });
  return api;
}

describe('an order in the staff console', { timeout: 30_000 }, () => {
  it('shows every field of the order and its history', async () => {
    render('advisor', {
      ...ROLSTOEL_ORDER,
      status: 'planned',
      dates: { ...ROLSTOEL_ORDER.dates, planned_for: '2026-12-16' },
      history: [
        ...ROLSTOEL_ORDER.history,
        {
          at: '2026-12-08T10:00:00Z',
          status: 'planned',
          on_date: '2026-12-16',
          note: 'In de ochtend.',
          by_name: 'Bert Branch',
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'HB-2026-000123' }),
    ).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Order' });
    expect(details).toHaveTextContent('Huur (levering)');
    expect(details).toHaveTextContent('door Petra de Vries');
    expect(details).toHaveTextContent('HartingBank Utrecht');
    expect(details).toHaveTextContent('HB-1024 · Rolstoel standaard');
    expect(details).toHaveTextContent('GRZ (geriatrische revalidatiezorg) · Huur');
    expect(details).toHaveTextContent('Plankzitting met AD-kussen');
    expect(details).toHaveTextContent('Graag bellen voor de levering.');
    const client = screen.getByRole('region', { name: 'Cliënt' });
    expect(client).toHaveTextContent('Truus de Vries');
    expect(client).toHaveTextContent('Oudegracht 12 A, 3511 AB Utrecht');
    expect(client).toHaveTextContent('Het adres van de cliënt');
    expect(within(client).getByRole('link', { name: /Jan de Vries|06/ })).toHaveAttribute(
      'href',
      'tel:+31612345678',
    );
    expect(screen.getByRole('region', { name: 'Data' })).toHaveTextContent(
      'Ingepland op' + 'wo 16 december 2026',
    );
    const history = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(history).toHaveTextContent('Ontvangen');
    expect(history).toHaveTextContent('Ingepland op wo 16 december 2026');
    expect(history).toHaveTextContent('door Bert Branch');
    expect(history).toHaveTextContent('In de ochtend.');
    // An advisor reads orders but does not handle them; nobody cancels one here.
    expect(screen.queryByRole('region', { name: 'Volgende stap' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /annuleren/i })).not.toBeInTheDocument();
  });

  it('plans an order: the day is asked for, and not in the past', async () => {
    const user = userEvent.setup();
    const today = dayFromToday(0);
    const planned: StaffOrder = {
      ...ROLSTOEL_ORDER,
      status: 'planned',
      next_statuses: ['on_the_way'],
      dates: { ...ROLSTOEL_ORDER.dates, planned_for: dayFromToday(3) },
      history: [
        ...ROLSTOEL_ORDER.history,
        {
          at: `${today}T10:00:00Z`,
          status: 'planned',
          on_date: dayFromToday(3),
          note: 'In de ochtend.',
          by_name: 'Ada Adviseur',
        },
      ],
    };
    const api = render('branch', ROLSTOEL_ORDER, () => json(planned));
    const card = await screen.findByRole('region', { name: 'Volgende stap' });
    // The only step offered is chosen already; its day is asked for.
    expect(within(card).getByRole('radio', { name: /Ingepland/ })).toBeChecked();
    const day = within(card).getByLabelText(/^Ingepland op/);
    expect(day).toHaveAttribute('min', today);

    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));
    expect(day).toHaveAccessibleDescription(/Kies de dag waarop het bezoek is ingepland\./);
    expect(api.callsTo('POST', STATUS_PATH)).toEqual([]);

    await user.type(day, dayFromToday(-1));
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));
    expect(day).toHaveAccessibleDescription(/niet in het verleden/);
    expect(api.callsTo('POST', STATUS_PATH)).toEqual([]);

    await user.clear(day);
    await user.type(day, dayFromToday(3));
    await user.type(within(card).getByLabelText(/^Notitie/), 'In de ochtend.');
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));

    expect(await within(card).findByText('De status is nu: Ingepland.')).toBeInTheDocument();
    expect(api.callsTo('POST', STATUS_PATH)[0]?.body).toEqual({
      status: 'planned',
      on_date: dayFromToday(3),
      note: 'In de ochtend.',
    });
    // The form now offers the next step, without a day for it.
    expect(await within(card).findByRole('radio', { name: /Onderweg/ })).toBeChecked();
    expect(within(card).queryByLabelText(/Ingepland op/)).not.toBeInTheDocument();
  });

  it('records a delivery only on a day that has come', async () => {
    const user = userEvent.setup();
    const onTheWay: StaffOrder = {
      ...ROLSTOEL_ORDER,
      status: 'on_the_way',
      next_statuses: ['delivered'],
    };
    const api = render('branch', onTheWay, () => json(onTheWay));
    const card = await screen.findByRole('region', { name: 'Volgende stap' });
    const day = within(card).getByLabelText(/^Geleverd op/);
    expect(day).toHaveAttribute('max', dayFromToday(0));
    await user.type(day, dayFromToday(1));
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));
    expect(day).toHaveAccessibleDescription(/Deze dag ligt in de toekomst/);
    // Before the order was placed (ten days ago) cannot be either.
    await user.clear(day);
    await user.type(day, dayFromToday(-11));
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));
    expect(day).toHaveAccessibleDescription(/De order is geplaatst op .*: kies die dag of later\./);
    expect(api.callsTo('POST', STATUS_PATH)).toEqual([]);
  });

  it('says plainly why the API refused a step (409), and reads the order again', async () => {
    const user = userEvent.setup();
    const wlz: StaffOrder = {
      ...ROLSTOEL_ORDER,
      status: 'planned',
      action_required: true,
      wlz_indication: true,
      signature_required: true,
      next_statuses: ['on_the_way'],
    };
    const api = render('branch', wlz, () =>
      problem(409, {
        detail: 'Deze Wlz-order is nog niet getekend door de zorgprofessional.',
      }),
    );
    expect(await screen.findAllByText('Wlz: wacht op handtekening')).not.toHaveLength(0);
    const card = screen.getByRole('region', { name: 'Volgende stap' });
    expect(card).toHaveTextContent('nog niet heeft getekend');
    expect(screen.getByRole('region', { name: 'Order' })).toHaveTextContent(
      'Nog niet getekend door de zorgprofessional',
    );
    const reads = api.callsTo('GET', ORDER_PATH).length;
    await user.click(within(card).getByRole('button', { name: 'Status wijzigen' }));

    const summary = await within(card).findByTestId('error-summary');
    expect(summary).toHaveTextContent(
      'Deze stap kan nu niet. Deze Wlz-order is nog niet getekend door de zorgprofessional.',
    );
    expect(api.callsTo('POST', STATUS_PATH)[0]?.body).toEqual({
      status: 'on_the_way',
      note: '',
    });
    await waitFor(() => expect(api.callsTo('GET', ORDER_PATH).length).toBeGreaterThan(reads));
  });

  it('says an order with no next step is done', async () => {
    render('branch', { ...ROLSTOEL_ORDER, status: 'picked_up', next_statuses: [] });
    const card = await screen.findByRole('region', { name: 'Volgende stap' });
    expect(card).toHaveTextContent('Deze order is klaar: er is geen volgende stap.');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('sends a rental with a pickup order open to that order for the pickup', async () => {
    render('branch', { ...ROLSTOEL_ORDER, status: 'delivered', next_statuses: [] });
    const card = await screen.findByRole('region', { name: 'Volgende stap' });
    expect(card).toHaveTextContent(
      'Voor deze huur loopt een ophaalorder: leg het ophalen daar vast',
    );
    expect(card).not.toHaveTextContent('klaar');
  });
});
