import { json, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrderSummary } from '../api/orders';
import {
  ORDER_ID,
  ORDERS_API,
  ORGANISATIONS,
  page,
  renderOrders,
  SUMMARY,
  WLZ_SUMMARY,
} from '../test/ordersApi';

const query = (call: StubCall) => new URLSearchParams(call.search);
const list = () => screen.getByRole('list', { name: 'Aanvragen' });

/** The orders of each view: open has one, waiting-for-me the Wlz one, all both. */
function byView(call: StubCall) {
  const view = query(call).get('view');
  const items: OrderSummary[] =
    view === 'action' ? [WLZ_SUMMARY] : view === 'all' ? [SUMMARY, WLZ_SUMMARY] : [SUMMARY];
  return page(items);
}

describe('open orders', { timeout: 20_000 }, () => {
  it('lists the open orders with status, kind, client, device, number and dates', async () => {
    const { api } = renderOrders('/orders', { [`GET ${ORDERS_API}`]: byView });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Openstaande aanvragen' }),
    ).toBeInTheDocument();
    const subnav = screen.getByRole('navigation', { name: 'Aanvragen' });
    expect(within(subnav).getByRole('link', { name: 'Openstaande aanvragen' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(subnav).getByRole('link', { name: 'Uitstaande huurmiddelen' })).toHaveAttribute(
      'href',
      '/orders/rentals',
    );
    expect(screen.getByRole('link', { name: 'Nieuwe aanvraag' })).toHaveAttribute(
      'href',
      '/orders/new',
    );

    const [row] = await within(
      await screen.findByRole('list', { name: 'Aanvragen' }),
    ).findAllByRole('listitem');
    const order = within(row as HTMLElement);
    expect(order.getByRole('link', { name: 'Levering huurmiddel · J. Jansen' })).toHaveAttribute(
      'href',
      `/orders/${ORDER_ID}`,
    );
    expect(row).toHaveTextContent('Aanvraagnummer HB-2026-000123');
    expect(row).toHaveTextContent('Ontvangen');
    expect(row).toHaveTextContent('HulpmiddelRolstoel standaard · Plankzitting met AD-kussen');
    expect(row).toHaveTextContent('Gewenste datumma 14 december 2026');
    // Linked to two organisations: each order says whose it is.
    expect(row).toHaveTextContent('OrganisatieZorggroep De Linde');
    expect(screen.getByTestId('orders-count')).toHaveTextContent('1 aanvraag');
    expect(query(api.callsTo('GET', ORDERS_API)[0] as StubCall).get('view')).toBe('open');
  });

  it('switches between open, waiting for me (Actie zorgprofessional) and all', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders', { [`GET ${ORDERS_API}`]: byView });
    await within(await screen.findByRole('list', { name: 'Aanvragen' })).findAllByRole('listitem');
    expect(screen.getByTestId('orders-view-hint')).toHaveTextContent(
      'Aanvragen die de vestiging nog uitvoert.',
    );

    await user.click(screen.getByRole('radio', { name: 'Actie zorgprofessional' }));
    expect(screen.getByTestId('orders-view-hint')).toHaveTextContent(
      'Wlz-aanvragen die op uw handtekening wachten: de vestiging levert pas na uw akkoord.',
    );
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(1));
    await waitFor(() => expect(list()).toHaveTextContent('M. de Wit'));
    expect(list()).toHaveTextContent('Actie zorgprofessional');
    expect(api.callsTo('GET', ORDERS_API).map((call) => query(call).get('view'))).toContain(
      'action',
    );

    await user.click(screen.getByRole('radio', { name: 'Alle' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByTestId('orders-count')).toHaveTextContent('2 aanvragen');
  });

  it('says there is nothing to sign, and what to do when nothing is open', async () => {
    const user = userEvent.setup();
    renderOrders('/orders', { [`GET ${ORDERS_API}`]: page([]) });
    expect(await screen.findByText('Geen openstaande aanvragen')).toBeInTheDocument();
    expect(screen.getByText(/Met een nieuwe aanvraag vraagt u een levering/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Actie zorgprofessional' }));
    expect(await screen.findByText('Niets om te tekenen')).toBeInTheDocument();
    expect(
      screen.getByText('Er wachten geen Wlz-aanvragen op uw handtekening.'),
    ).toBeInTheDocument();
  });

  it('filters by status, kind and organisation, and searches', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders');
    await within(await screen.findByRole('list', { name: 'Aanvragen' })).findAllByRole('listitem');
    const organisation = screen.getByLabelText('Organisatie', { selector: 'select' });
    expect(
      within(organisation)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Alle organisaties', 'Zorggroep De Linde', 'Stichting Zonnehuis']);

    await user.selectOptions(screen.getByLabelText('Status'), 'planned');
    await user.selectOptions(screen.getByLabelText('Soort aanvraag'), 'repair');
    await user.selectOptions(organisation, ORGANISATIONS[1]?.organisation_id ?? '');
    await user.type(screen.getByLabelText(/^Zoeken/), 'jansen');
    await waitFor(() => {
      const last = api.callsTo('GET', ORDERS_API).at(-1) as StubCall;
      expect(Object.fromEntries(query(last))).toEqual({
        view: 'open',
        status: 'planned',
        kind: 'repair',
        organisation: ORGANISATIONS[1]?.organisation_id,
        q: 'jansen',
        limit: '20',
      });
    });
  });

  it('offers to clear the filters when nothing matches', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders?status=ended&q=niemand', {
      [`GET ${ORDERS_API}`]: (call) => (query(call).get('q') ? page([]) : page([SUMMARY])),
    });
    expect(await screen.findByText('Niets gevonden')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Zoeken/)).toHaveValue('niemand');
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await within(await screen.findByRole('list', { name: 'Aanvragen' })).findAllByRole('listitem');
    expect(screen.getByLabelText(/^Zoeken/)).toHaveValue('');
    expect(screen.getByLabelText('Status')).toHaveValue('');
    expect(query(api.callsTo('GET', ORDERS_API).at(-1) as StubCall).get('q')).toBeNull();
  });

  it('loads the next page on "Load more"', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders('/orders', {
      [`GET ${ORDERS_API}`]: (call) =>
        query(call).get('cursor') === 'page-2' ? page([WLZ_SUMMARY]) : page([SUMMARY], 'page-2'),
    });
    await within(await screen.findByRole('list', { name: 'Aanvragen' })).findAllByRole('listitem');
    expect(screen.getByTestId('orders-count')).toHaveTextContent('De eerste 1 aanvraag');
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(list()).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();
    expect(screen.getByTestId('orders-count')).toHaveTextContent('2 aanvragen');
    expect(api.callsTo('GET', ORDERS_API)).toHaveLength(2);
  });

  it('has no organisation filter for someone linked to one organisation', async () => {
    renderOrders('/orders', {
      'GET /api/v1/orders/organisations': json(ORGANISATIONS.slice(0, 1)),
    });
    const [row] = await within(
      await screen.findByRole('list', { name: 'Aanvragen' }),
    ).findAllByRole('listitem');
    expect(screen.queryByLabelText('Organisatie', { selector: 'select' })).not.toBeInTheDocument();
    expect(row).not.toHaveTextContent('Zorggroep De Linde');
  });
});
