import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { meKeys } from '../api/me';
import { ANNA, json, problem, stubApi, type StubAnswer } from '../stubApi';
import { foldForSearch } from './organisationKind';
import { OrganisationChooserPage } from './OrganisationChooserPage';
import { OrganisationSwitcher } from './OrganisationSwitcher';

const ORGANISATIONS = [
  {
    organisation_id: 'o-zonnehuis',
    organisation_name: 'Stichting Zonnehuis',
    kind: 'umbrella',
    portal_admin: true,
  },
  {
    organisation_id: 'o-linde',
    organisation_name: 'Zorggroep De Linde',
    kind: 'umbrella',
    portal_admin: false,
  },
  {
    organisation_id: 'o-creche',
    organisation_name: 'Crèche Het Zonnetje',
    kind: 'care_organisation',
    portal_admin: false,
  },
];
const PAULA = {
  ...ANNA,
  first_name: 'Paula',
  memberships: ORGANISATIONS,
  active_organisation_id: null,
};
const acting = (organisationId: string) => ({ ...PAULA, active_organisation_id: organisationId });

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function render(routes: Record<string, StubAnswer>, ui: ReactElement, route = '/') {
  const api = stubApi(routes);
  const rendered = renderWithProviders(ui, { fetch: api.fetch, route });
  return { api, ...rendered };
}

describe('the organisation chooser', () => {
  it('filters as you type (case and accents aside) and acts for the one chosen', async () => {
    const { api, queryClient } = render(
      {
        'GET /api/v1/me': json(PAULA),
        'GET /api/v1/me/organisations': json(ORGANISATIONS),
        'PUT /api/v1/me/active-organisation': json(acting('o-creche')),
      },
      <Routes>
        <Route path="/choose-organisation" element={<OrganisationChooserPage />} />
        <Route path="*" element={<Where />} />
      </Routes>,
      '/choose-organisation?next=%2Forders',
    );
    const user = userEvent.setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kies uw organisatie' }),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('3 organisaties');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Koepelorganisatie');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Beheerder');

    const filter = screen.getByLabelText(/^Zoek een organisatie/, { selector: 'input' });
    await user.type(filter, 'ZONNE');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await user.clear(filter);
    await user.type(filter, 'creche');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 organisatie');
    await user.clear(filter);
    await user.type(filter, 'zorgorganisatie');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await user.clear(filter);
    await user.type(filter, 'bestaat niet');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Geen organisatie gevonden met „bestaat niet”.',
    );

    await user.clear(filter);
    await user.click(screen.getByRole('button', { name: /Crèche Het Zonnetje/ }));

    expect(await screen.findByTestId('where')).toHaveTextContent('/orders');
    expect(api.callsTo('PUT', '/api/v1/me/active-organisation')[0]?.body).toEqual({
      organisation_id: 'o-creche',
    });
    expect(queryClient.getQueryData(meKeys.all)).toMatchObject({
      active_organisation_id: 'o-creche',
    });
  });

  it('shows a refusal in plain words', async () => {
    render(
      {
        'GET /api/v1/me': json(PAULA),
        'GET /api/v1/me/organisations': json(ORGANISATIONS),
        'PUT /api/v1/me/active-organisation': problem(404, {
          detail: 'Er is hier niets, of u mag het niet zien.',
        }),
      },
      <OrganisationChooserPage />,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: /Zorggroep De Linde/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er is hier niets, of u mag het niet zien.',
    );
  });
});

/** Something the organisation's data would be cached in, to see it refetched on a switch. */
function OrdersCount() {
  const query = useQuery({
    queryKey: ['orders'],
    queryFn: () => Promise.resolve(Math.random()),
  });
  return <p data-testid="orders">{query.dataUpdatedAt}</p>;
}

describe('the organisation switcher in the header', () => {
  it('shows the organisation I act for and switches, refreshing what was loaded', async () => {
    let me = acting('o-linde');
    const { api } = render(
      {
        'GET /api/v1/me': () => json(me),
        'PUT /api/v1/me/active-organisation': (call) => {
          me = acting((call.body as { organisation_id: string }).organisation_id);
          return json(me);
        },
      },
      <>
        <OrganisationSwitcher />
        <OrdersCount />
      </>,
    );
    const user = userEvent.setup();

    const switcher = await screen.findByRole('button', {
      name: 'Organisatie: Zorggroep De Linde. Wisselen',
    });
    await waitFor(() => expect(screen.getByTestId('orders')).not.toHaveTextContent(/^0$/));
    const loadedAt = screen.getByTestId('orders').textContent;
    await user.click(switcher);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Zorggroep De Linde/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(within(menu).getByRole('menuitem', { name: /Stichting Zonnehuis/ }));

    expect(
      await screen.findByRole('button', { name: 'Organisatie: Stichting Zonnehuis. Wisselen' }),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/me/active-organisation')[0]?.body).toEqual({
      organisation_id: 'o-zonnehuis',
    });
    await waitFor(() => expect(screen.getByTestId('orders').textContent).not.toBe(loadedAt));
  });

  it('only names the organisation when there is one, and is absent without any', async () => {
    const one = render(
      { 'GET /api/v1/me': json({ ...acting('o-linde'), memberships: [ORGANISATIONS[1]] }) },
      <OrganisationSwitcher />,
    );
    expect(await screen.findByText('Zorggroep De Linde')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    one.unmount();

    render({ 'GET /api/v1/me': json(ANNA) }, <OrganisationSwitcher />);
    await new Promise((wait) => setTimeout(wait, 50));
    expect(screen.queryByTestId('organisation-switcher')).not.toBeInTheDocument();
  });
});

describe('search folding', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('Crèche ÉÉN')).toBe('creche een');
  });
});
