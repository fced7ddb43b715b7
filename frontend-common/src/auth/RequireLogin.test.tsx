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
});
