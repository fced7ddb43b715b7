import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Routes, useLocation } from 'react-router';
import { renderWithProviders } from '../test/renderWithProviders';
import { RequireLogin } from './RequireLogin';
import { ANNA, json, noContent, stubApi } from './stubApi';
import { UserMenu } from './UserMenu';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function App() {
  return (
    <>
      <UserMenu />
      <Routes>
        <Route
          path="/account/security"
          element={
            <RequireLogin>
              <h1>Beveiliging</h1>
            </RequireLogin>
          }
        />
        <Route path="*" element={<Where />} />
      </Routes>
    </>
  );
}

describe('RequireLogin and UserMenu', () => {
  it('sends a logged-out person to the login page with the way back', async () => {
    renderWithProviders(<App />, { fetch: stubApi({}).fetch, route: '/account/security' });

    expect(await screen.findByTestId('where')).toHaveTextContent(
      '/login?next=%2Faccount%2Fsecurity',
    );
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/login');
  });

  it('shows the page and the user menu to a signed-in person, who can log out', async () => {
    const api = stubApi({
      'GET /api/v1/me': json(ANNA),
      'POST /api/v1/auth/logout': noContent(),
    });
    renderWithProviders(<App />, { fetch: api.fetch, route: '/account/security' });
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'Beveiliging' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accountmenu van Anna de Vries' }));
    await waitFor(() => expect(screen.getByRole('menu')).toBeVisible());
    expect(screen.getByRole('menuitem', { name: 'Beveiliging van mijn account' })).toHaveAttribute(
      'href',
      '/account/security',
    );

    await user.click(await screen.findByRole('menuitem', { name: 'Uitloggen' }));

    expect(await screen.findByRole('link', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/$/);
    expect(api.callsTo('POST', '/api/v1/auth/logout')).toHaveLength(1);
  });

  it('adds the portal’s own links, and the organisation chooser only for a member of several', async () => {
    const membership = (id: string, name: string) => ({
      organisation_id: id,
      organisation_name: name,
      kind: 'umbrella',
      portal_admin: false,
    });
    const links = [{ to: '/my-details/contact', label: 'Mijn contactgegevens' }];
    const several = stubApi({
      'GET /api/v1/me': json({
        ...ANNA,
        memberships: [membership('o-1', 'De Linde'), membership('o-2', 'Zonnehuis')],
        active_organisation_id: 'o-1',
      }),
    });
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<UserMenu links={links} organisationChoice />, {
      fetch: several.fetch,
      route: '/my-details',
    });
    await user.click(await screen.findByRole('button', { name: 'Accountmenu van Anna de Vries' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Mijn contactgegevens',
      'Beveiliging van mijn account',
      'Organisatie kiezen',
      'Uitloggen',
    ]);
    expect(screen.getByRole('menuitem', { name: 'Organisatie kiezen' })).toHaveAttribute(
      'href',
      '/choose-organisation?next=%2Fmy-details',
    );
    unmount();

    // One organisation, or a portal that does not ask for it: nothing to choose.
    const one = stubApi({
      'GET /api/v1/me': json({ ...ANNA, memberships: [membership('o-1', 'De Linde')] }),
    });
    renderWithProviders(<UserMenu organisationChoice />, { fetch: one.fetch });
    await user.click(await screen.findByRole('button', { name: 'Accountmenu van Anna de Vries' }));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual([
      'Beveiliging van mijn account',
      'Uitloggen',
    ]);
  });
});
