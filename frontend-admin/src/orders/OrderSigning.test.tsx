import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { StaffOrder } from '../api/orders';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import {
  HASH,
  OPEN_REFUSAL,
  REFUSAL_ID,
  REFUSED_WLZ_ORDER,
  SIGNATURE_ID,
  SIGNED_WLZ_ORDER,
} from './signingTestData';
import { ROLSTOEL_ORDER } from './testData';

const orderPath = (order: StaffOrder) => `/api/v1/admin/orders/${order.id}`;
const CLEAR = `/api/v1/admin/order-refusals/${REFUSAL_ID}/clear`;

function render(
  role: 'branch' | 'advisor',
  order: StaffOrder,
  routes: Record<string, (call: { body: unknown }) => Response> = {},
) {
  const api = staffApi(role, { [`GET ${orderPath(order)}`]: () => json(order), ...routes });
  renderWithProviders(<AppRoutes />, {
    translations,
    fetch: api.fetch,
    route: `/orders/${order.id}`,
  });
  return api;
}

const RESIGN = 'Na een wijziging moet de zorgprofessional opnieuw tekenen.';

describe("a Wlz order's signatures in the staff console", { timeout: 30_000 }, () => {
  it('shows the content hash and each signature with its signed PDF', async () => {
    render('advisor', SIGNED_WLZ_ORDER);
    const section = await screen.findByRole('region', { name: 'Handtekeningen' });
    expect(section).toHaveTextContent(HASH);
    const [current, old] = within(section).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(current).toHaveTextContent('Paula Pro');
    expect(current).toHaveTextContent('Geldig');
    expect(current).toHaveTextContent('Getekend, bevestigd met authenticator-app');
    expect(
      within(current).getByRole('link', { name: /Download ondertekende PDF/ }),
    ).toHaveAttribute(
      'href',
      `/api/v1/admin/orders/${SIGNED_WLZ_ORDER.id}/signatures/${SIGNATURE_ID}/pdf`,
    );
    expect(old).toHaveTextContent('Vervallen');
    expect(old).toHaveTextContent('Naam getypt, bevestigd met sms-code');
    expect(old).toHaveTextContent(/Vervallen op .*: de order is daarna gewijzigd\./);
    expect(section).toHaveTextContent('Niet geweigerd.');
    // Someone who only reads orders changes nothing.
    expect(screen.queryByRole('button', { name: 'Aanvraag wijzigen' })).not.toBeInTheDocument();
  });

  it('has no signatures section for an order without Wlz', async () => {
    render('branch', ROLSTOEL_ORDER);
    await screen.findByRole('heading', { level: 1, name: 'HB-2026-000123' });
    expect(screen.queryByRole('region', { name: 'Handtekeningen' })).not.toBeInTheDocument();
  });

  it('highlights the open refusal and clears it with the same dialog', async () => {
    const user = userEvent.setup();
    const api = render('branch', REFUSED_WLZ_ORDER, {
      [`POST ${CLEAR}`]: () =>
        json({
          ...OPEN_REFUSAL,
          cleared_at: new Date().toISOString(),
          cleared_by_name: 'Ada Adviseur',
          outcome: 'present_again',
        }),
    });
    const section = await screen.findByRole('region', { name: 'Handtekeningen' });
    expect(section).toHaveTextContent('Nog niet getekend.');
    const items = within(section).getAllByRole('listitem');
    const open = items.find((item) => item.dataset.open) as HTMLElement;
    expect(open).toHaveTextContent('Geweigerd door Paula Pro');
    expect(open).toHaveTextContent('(3 dagen geleden)');
    expect(open).toHaveTextContent('Reden: De cliënt heeft al een bed van de zorgverzekeraar.');
    const cleared = items.find((item) => item !== open) as HTMLElement;
    expect(cleared).toHaveTextContent('Opnieuw ter ondertekening aangeboden');
    expect(within(cleared).queryByRole('button')).not.toBeInTheDocument();

    const reads = api.callsTo('GET', orderPath(REFUSED_WLZ_ORDER)).length;
    await user.click(within(open).getByRole('button', { name: 'Afhandelen' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Weigering afhandelen: HB-2026-000124',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: /Opnieuw ter ondertekening aanbieden/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Afhandelen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', CLEAR)[0]?.body).toEqual({ outcome: 'present_again', note: '' });
    // The order is read again, with the refusal cleared.
    await waitFor(() =>
      expect(api.callsTo('GET', orderPath(REFUSED_WLZ_ORDER)).length).toBeGreaterThan(reads),
    );
  });

  it('gives staff who only view orders no button to clear a refusal', async () => {
    render('advisor', REFUSED_WLZ_ORDER);
    const section = await screen.findByRole('region', { name: 'Handtekeningen' });
    expect(section).toHaveTextContent('Geweigerd door Paula Pro');
    expect(within(section).queryByRole('button', { name: 'Afhandelen' })).not.toBeInTheDocument();
  });
});

describe('amending an order in the staff console', { timeout: 30_000 }, () => {
  it('sends only the fields that changed, and warns that a signed Wlz order is signed again', async () => {
    const user = userEvent.setup();
    const amended: StaffOrder = {
      ...SIGNED_WLZ_ORDER,
      signed_at: null,
      contact: { name: 'Jan de Vries', phone: '+31687654321' },
      notes: 'Sleutel bij de buren.',
    };
    const path = orderPath(SIGNED_WLZ_ORDER);
    const api = render('branch', SIGNED_WLZ_ORDER, { [`PATCH ${path}`]: () => json(amended) });
    await user.click(await screen.findByRole('button', { name: 'Aanvraag wijzigen' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Aanvraag wijzigen: HB-2026-000124',
    });
    expect(dialog).toHaveTextContent(RESIGN);
    // A repair says what is to be done: its description is there to correct.
    expect(within(dialog).getByLabelText(/^Omschrijving/)).toHaveValue('De rem werkt niet goed.');

    // Nothing changed: nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await within(dialog).findByTestId('error-summary')).toHaveTextContent(
      'Je hebt niets gewijzigd.',
    );
    expect(api.callsTo('PATCH', path)).toEqual([]);

    const phone = within(dialog).getByLabelText(/^Telefoon contactpersoon/);
    await user.clear(phone);
    await user.type(phone, '+31687654321');
    const notes = within(dialog).getByLabelText(/^Opmerkingen/);
    await user.clear(notes);
    await user.type(notes, 'Sleutel bij de buren. ');
    await user.click(within(dialog).getByRole('button', { name: 'Wijziging opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PATCH', path).map((call) => call.body)).toEqual([
      { contact_phone: '+31687654321', notes: 'Sleutel bij de buren.' },
    ]);
    expect(
      await screen.findByText(
        'De aanvraag is gewijzigd. De handtekening is vervallen: de order staat weer op de tekenlijst van de zorgprofessional.',
      ),
    ).toBeInTheDocument();
  });

  it("puts the API's objection to a field (422) on that field", async () => {
    const user = userEvent.setup();
    const path = orderPath(ROLSTOEL_ORDER);
    const api = render('branch', ROLSTOEL_ORDER, {
      [`PATCH ${path}`]: () =>
        problem(422, {
          errors: [{ field: 'contact_phone', message: 'Vul een geldig telefoonnummer in.' }],
        }),
    });
    await user.click(await screen.findByRole('button', { name: 'Aanvraag wijzigen' }));
    const dialog = await screen.findByRole('dialog');
    // No Wlz signature here: no warning, and a rental has no description to change.
    expect(dialog).not.toHaveTextContent(RESIGN);
    expect(within(dialog).queryByLabelText(/^Omschrijving/)).not.toBeInTheDocument();

    const phone = within(dialog).getByLabelText(/^Telefoon contactpersoon/);
    await user.clear(phone);
    await user.type(phone, '12');
    const name = within(dialog).getByLabelText(/^Naam contactpersoon/);
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Wijziging opslaan' }));
    // The form's own rule first: a contact has a name.
    expect(name).toHaveAccessibleDescription(/Vul de naam van de contactpersoon in\./);
    expect(api.callsTo('PATCH', path)).toEqual([]);

    await user.type(name, 'Jan de Vries');
    await user.click(within(dialog).getByRole('button', { name: 'Wijziging opslaan' }));
    await waitFor(() => expect(phone).toHaveAccessibleDescription(/geldig telefoonnummer/));
    expect(api.callsTo('PATCH', path).map((call) => call.body)).toEqual([{ contact_phone: '12' }]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says why a done order cannot be changed (409)', async () => {
    const user = userEvent.setup();
    const path = orderPath(ROLSTOEL_ORDER);
    render('branch', ROLSTOEL_ORDER, {
      [`PATCH ${path}`]: () => problem(409, { detail: 'Deze order is al afgerond.' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Aanvraag wijzigen' }));
    const dialog = await screen.findByRole('dialog');
    const notes = within(dialog).getByLabelText(/^Opmerkingen/);
    await user.type(notes, ' Extra.');
    await user.click(within(dialog).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await within(dialog).findByTestId('error-summary')).toHaveTextContent(
      'Deze order kan niet meer gewijzigd worden. Deze order is al afgerond.',
    );
  });

  it('offers no change of a done order', async () => {
    render('branch', { ...ROLSTOEL_ORDER, status: 'picked_up', next_statuses: [] });
    await screen.findByRole('region', { name: 'Volgende stap' });
    expect(screen.queryByRole('button', { name: 'Aanvraag wijzigen' })).not.toBeInTheDocument();
  });
});
