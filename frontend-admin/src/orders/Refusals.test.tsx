import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StaffRefusal } from '../api/orderSigning';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { CLEARED_REFUSAL, OPEN_REFUSAL, REFUSAL_ID } from './signingTestData';

const LIST = '/api/v1/admin/order-refusals';
const CLEAR = `${LIST}/${REFUSAL_ID}/clear`;
const where = () => screen.getByTestId('where').textContent;
const stateAsked = (api: ReturnType<typeof staffApi>) =>
  new URLSearchParams(api.callsTo('GET', LIST).at(-1)?.search).get('state');

/** The list answers by state: the open refusal until it is cleared, the cleared one after. */
function refusalsApi(role: 'branch' | 'advisor' | 'verifier', clear?: (body: unknown) => Response) {
  let open: StaffRefusal[] = [OPEN_REFUSAL];
  const api = staffApi(role, {
    [`GET ${LIST}`]: (call) => {
      const state = new URLSearchParams(call.search).get('state');
      const items = state === 'open' ? open : state === 'cleared' ? [CLEARED_REFUSAL] : [];
      return json({ items, next_cursor: null });
    },
    ...(clear
      ? {
          [`POST ${CLEAR}`]: (call) => {
            const answer = clear(call.body);
            // Cleared (by us or a colleague): the open queue no longer has it.
            if (answer.status === 200 || answer.status === 409) open = [];
            return answer;
          },
        }
      : {}),
  });
  return api;
}

function render(api: ReturnType<typeof staffApi>, route = '/order-refusals') {
  renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route });
}

describe('refused signatures in the staff console', { timeout: 30_000 }, () => {
  it('lists the open refusals from the menu, with their age, and the cleared ones', async () => {
    const user = userEvent.setup();
    const api = refusalsApi('branch');
    render(api, '/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Weigeringen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Geweigerde handtekeningen' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Weigeringen' });
    const [row] = within(list).getAllByRole('listitem') as [HTMLElement];
    expect(within(row).getByRole('link', { name: 'HB-2026-000124' })).toHaveAttribute(
      'href',
      `/orders/${OPEN_REFUSAL.order_id}`,
    );
    expect(row).toHaveTextContent('Cliënt: Piet Jansen');
    expect(row).toHaveTextContent('Zorggroep De Linde · HartingBank Utrecht');
    expect(row).toHaveTextContent('Door Paula Pro');
    expect(row).toHaveTextContent('3 dagen geleden');
    expect(row).toHaveTextContent('De cliënt heeft al een bed van de zorgverzekeraar.');
    expect(within(row).getByRole('button', { name: 'Afhandelen' })).toBeInTheDocument();
    expect(stateAsked(api)).toBe('open');
    expect(screen.getByRole('status')).toHaveTextContent('1 weigering getoond');

    await user.click(screen.getByRole('radio', { name: 'Afgehandeld' }));
    await waitFor(() => expect(where()).toBe('/order-refusals?state=cleared'));
    await waitFor(() => expect(stateAsked(api)).toBe('cleared'));
    const cleared = await screen.findByText('HB-2026-000120');
    const item = cleared.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('Opnieuw ter ondertekening aangeboden');
    expect(item).toHaveTextContent('door Bea Branch op');
    expect(item).toHaveTextContent('Maat aangepast na overleg.');
    expect(within(item).queryByRole('button', { name: 'Afhandelen' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Alle' }));
    await waitFor(() => expect(stateAsked(api)).toBe('all'));
    expect(await screen.findByText('Geen weigeringen')).toBeInTheDocument();
  });

  it('clears a refusal: an outcome is asked for, then sent with the note', async () => {
    const user = userEvent.setup();
    const api = refusalsApi('branch', () =>
      json({
        ...OPEN_REFUSAL,
        cleared_at: new Date().toISOString(),
        cleared_by_name: 'Ada Adviseur',
        outcome: 'remove',
        clear_note: 'Telefonisch ingetrokken.',
      }),
    );
    render(api);
    const list = await screen.findByRole('list', { name: 'Weigeringen' });
    await user.click(within(list).getByRole('button', { name: 'Afhandelen' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Weigering afhandelen: HB-2026-000124',
    });
    expect(dialog).toHaveTextContent('Geweigerd door Paula Pro');
    expect(dialog).toHaveTextContent('De cliënt heeft al een bed van de zorgverzekeraar.');
    await user.click(within(dialog).getByRole('button', { name: 'Afhandelen' }));
    expect(await within(dialog).findByTestId('error-summary')).toHaveTextContent(
      'Kies wat er met de order gebeurt.',
    );
    expect(api.callsTo('POST', CLEAR)).toEqual([]);

    await user.click(within(dialog).getByRole('radio', { name: /Van de tekenlijst halen/ }));
    await user.type(within(dialog).getByLabelText(/^Toelichting/), '  Telefonisch ingetrokken. ');
    await user.click(within(dialog).getByRole('button', { name: 'Afhandelen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', CLEAR)[0]?.body).toEqual({
      outcome: 'remove',
      note: 'Telefonisch ingetrokken.',
    });
    expect(
      await screen.findByText(
        'De weigering bij HB-2026-000124 is afgehandeld: de order is van de tekenlijst gehaald.',
      ),
    ).toBeInTheDocument();
    // The queue is read again: nothing is open any more.
    expect(await screen.findByText('Geen open weigeringen')).toBeInTheDocument();
  });

  it('says plainly when a colleague cleared it first (409), and reloads the list', async () => {
    const user = userEvent.setup();
    const api = refusalsApi('branch', () =>
      problem(409, { detail: 'Deze weigering is al afgehandeld.' }),
    );
    render(api);
    const list = await screen.findByRole('list', { name: 'Weigeringen' });
    const reads = api.callsTo('GET', LIST).length;
    await user.click(within(list).getByRole('button', { name: 'Afhandelen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(
      within(dialog).getByRole('radio', { name: /Opnieuw ter ondertekening aanbieden/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Afhandelen' }));

    expect(await within(dialog).findByTestId('error-summary')).toHaveTextContent(
      'Deze weigering is al afgehandeld, waarschijnlijk door een collega.',
    );
    expect(api.callsTo('POST', CLEAR)[0]?.body).toEqual({ outcome: 'present_again', note: '' });
    await waitFor(() => expect(api.callsTo('GET', LIST).length).toBeGreaterThan(reads));
    // The dialog stays to be read; behind it the queue is empty now.
    expect(await screen.findByText('Geen open weigeringen')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows staff who only view orders the queue without the button', async () => {
    render(refusalsApi('advisor'));
    const list = await screen.findByRole('list', { name: 'Weigeringen' });
    expect(list).toHaveTextContent('HB-2026-000124');
    expect(list).toHaveTextContent('Open');
    expect(screen.queryByRole('button', { name: 'Afhandelen' })).not.toBeInTheDocument();
  });

  it('keeps the queue from staff who do not view orders', async () => {
    const api = refusalsApi('verifier');
    render(api, '/');
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Dossiers' });
    expect(within(nav).queryByRole('link', { name: 'Weigeringen' })).not.toBeInTheDocument();
  });
});
