import { json, noContent, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { translations } from '../locales';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { PETRA, staffApi } from '../test/adminApi';

describe('people', () => {
  it('keeps the search and the page in the address, and asks the API for exactly that', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      'GET /api/v1/admin/users': (call) => {
        const query = new URLSearchParams(call.search);
        if (query.get('cursor') === 'page-2') {
          return json({ items: [{ ...PETRA, id: 'p2', full_name: 'Piet' }], next_cursor: null });
        }
        return json({ items: [PETRA], next_cursor: query.get('q') === 'vries' ? 'page-2' : null });
      },
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: '/people?q=linde',
    });

    // A shared link: the field shows its search, and the API got it.
    const field = await screen.findByLabelText(/Naam of e-mailadres/);
    expect(field).toHaveValue('linde');
    await screen.findByRole('link', { name: 'Petra de Vries' });
    expect(new URLSearchParams(api.callsTo('GET', '/api/v1/admin/users')[0]?.search).get('q')).toBe(
      'linde',
    );

    await user.clear(field);
    await user.type(field, ' vries ');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/people?q=vries');

    await user.click(await screen.findByRole('link', { name: 'Volgende pagina' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/people?q=vries&cursor=page-2');
    expect(await screen.findByRole('link', { name: 'Piet' })).toHaveAttribute('href', '/people/p2');
    const last = api.callsTo('GET', '/api/v1/admin/users').at(-1);
    expect(Object.fromEntries(new URLSearchParams(last?.search))).toEqual({
      q: 'vries',
      cursor: 'page-2',
      limit: '20',
    });
    expect(screen.getByRole('link', { name: 'Terug naar de eerste pagina' })).toHaveAttribute(
      'href',
      '/people?q=vries',
    );
  });

  it('deletes an account only after its e-mail address is typed', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/users/${PETRA.id}`]: json(PETRA),
      [`GET /api/v1/admin/users/${PETRA.id}/audit-events`]: json({ items: [], next_cursor: null }),
      [`DELETE /api/v1/admin/users/${PETRA.id}`]: noContent,
      'GET /api/v1/admin/users': json({ items: [], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/people/${PETRA.id}`,
    });

    await user.click(await screen.findByRole('button', { name: 'Account verwijderen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Het account verwijderen' });
    const confirm = within(dialog).getByRole('button', { name: 'Definitief verwijderen' });
    expect(confirm).toBeDisabled();

    const typed = within(dialog).getByLabelText(`Typ ${PETRA.email} om te bevestigen`);
    await user.type(typed, 'petra@delinde');
    expect(confirm).toBeDisabled();
    expect(api.callsTo('DELETE', `/api/v1/admin/users/${PETRA.id}`)).toEqual([]);

    await user.type(typed, '.example');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() =>
      expect(api.callsTo('DELETE', `/api/v1/admin/users/${PETRA.id}`)).toHaveLength(1),
    );
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent(/^\/people$/));
  });

  it('asks before resetting the 2FA phone, and cancelling sends nothing', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET /api/v1/admin/users/${PETRA.id}`]: json(PETRA),
      [`GET /api/v1/admin/users/${PETRA.id}/audit-events`]: json({ items: [], next_cursor: null }),
      [`DELETE /api/v1/admin/users/${PETRA.id}/mfa/sms`]: noContent,
    });
    renderWithProviders(<ConsoleWithAddress />, {
      translations,
      fetch: api.fetch,
      route: `/people/${PETRA.id}`,
    });
    const reset = await screen.findByRole('button', { name: '2FA-telefoon resetten' });
    await user.click(reset);
    let dialog = await screen.findByRole('dialog', { name: 'Het 2FA-telefoonnummer resetten' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE', `/api/v1/admin/users/${PETRA.id}/mfa/sms`)).toEqual([]);

    await user.click(reset);
    dialog = await screen.findByRole('dialog', { name: 'Het 2FA-telefoonnummer resetten' });
    await user.click(within(dialog).getByRole('button', { name: 'Telefoonnummer resetten' }));
    await waitFor(() =>
      expect(api.callsTo('DELETE', `/api/v1/admin/users/${PETRA.id}/mfa/sms`)).toHaveLength(1),
    );
  });
});
