import { todayInKring } from '@kring/common';
import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OLD_RENTAL, ORDER, ORDERS_API, page, RENTAL, renderOrders } from '../test/ordersApi';
import { addDays } from './orderForms';

type User = ReturnType<typeof userEvent.setup>;

// Within the year ahead the API takes.
const FUTURE = addDays(todayInKring(), 30);
const RENTALS_API = '/api/v1/orders/rentals-outstanding';
const submit = (user: User) =>
  user.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));
const placed = { ...ORDER, id: '0193a1b2-0000-7000-8000-0000000000bb', kind: 'repair' };

async function open(kind: string, routes = {}) {
  const rendered = renderOrders(`/orders/new/${kind}`, routes);
  await screen.findByRole('radio', { name: /Rolstoel standaard/ });
  return rendered;
}

async function fillCommon(user: User) {
  const contact = within(screen.getByRole('region', { name: 'Contactpersoon ter plaatse' }));
  await user.type(contact.getByLabelText(/^Naam contactpersoon/), 'Karin de Boer');
  await user.type(contact.getByLabelText(/^Telefoonnummer contactpersoon/), '030 123 4567');
  await user.type(screen.getByLabelText(/^Gewenste datum/), FUTURE);
}

describe('a repair, adjustment or pickup', { timeout: 20_000 }, () => {
  it('lists the rentals outstanding to choose from, searchable', async () => {
    const user = userEvent.setup();
    const { api } = await open('repair');
    expect(screen.getByRole('heading', { level: 1, name: 'Reparatie aanvragen' })).toBeVisible();
    const [wheelchair, bed] = within(
      screen.getByRole('radiogroup', { name: /^Huurmiddel/ }),
    ).getAllByRole('radio') as [HTMLElement, HTMLElement];
    expect(wheelchair).toHaveAccessibleName(/Rolstoel standaard · Plankzitting met AD-kussen/);
    expect(wheelchair).toHaveAccessibleDescription(
      'J. Jansen · sinds do 5 november 2026 (31 dagen) · HB-2026-000123 · Zorggroep De Linde',
    );
    expect(bed).toHaveAccessibleDescription(/P. Bakker · .* \(461 dagen\) · HB-2025-000042/);

    await user.type(screen.getByLabelText(/^Zoek een huurmiddel/), 'bakker');
    await waitFor(() =>
      expect(api.callsTo('GET', RENTALS_API).some((call) => call.search.includes('q=bakker'))).toBe(
        true,
      ),
    );
  });

  it('checks a repair in the browser: the rental, what is broken, contact and date', async () => {
    const user = userEvent.setup();
    const { api } = await open('repair');
    await submit(user);

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    for (const line of [
      'Huurmiddel: Kies een huurmiddel.',
      'Omschrijving van het defect: Beschrijf wat er kapot is.',
      'Naam contactpersoon: Vul de naam van de contactpersoon in.',
      'Telefoonnummer contactpersoon: Vul het telefoonnummer van de contactpersoon in.',
      'Gewenste datum: Vul de gewenste datum in.',
    ]) {
      expect(summary).toHaveTextContent(line);
    }
    await user.type(screen.getByLabelText(/^Telefoonnummer contactpersoon/), 'bel me');
    await user.type(screen.getByLabelText(/^Gewenste datum/), addDays(todayInKring(), 400));
    await submit(user);
    await waitFor(() =>
      expect(screen.getByLabelText(/^Gewenste datum/)).toHaveAccessibleDescription(
        /Kies een datum tot een jaar vooruit\./,
      ),
    );
    await waitFor(() =>
      expect(screen.getByLabelText(/^Telefoonnummer contactpersoon/)).toHaveAccessibleDescription(
        /Vul een geldig telefoonnummer in\./,
      ),
    );
    expect(api.callsTo('POST', ORDERS_API)).toHaveLength(0);
  });

  it('asks what to adjust for an adjustment', async () => {
    const user = userEvent.setup();
    await open('adjustment');
    await submit(user);
    expect(await screen.findByTestId('error-summary')).toHaveTextContent(
      'Omschrijving van de aanpassing: Beschrijf wat er moet worden aangepast.',
    );
  });

  it('places a repair for the chosen rental', async () => {
    const user = userEvent.setup();
    const { api } = await open('repair', { [`POST ${ORDERS_API}`]: json(placed, 201) });
    await user.click(screen.getByRole('radio', { name: /Rolstoel standaard/ }));
    await user.type(
      screen.getByLabelText(/^Omschrijving van het defect/),
      'De rem van het linkerwiel houdt niet meer.',
    );
    await fillCommon(user);
    await submit(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is ontvangen' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', ORDERS_API)[0]?.body).toEqual({
      kind: 'repair',
      rental_order_id: RENTAL.id,
      description: 'De rem van het linkerwiel houdt niet meer.',
      contact: { name: 'Karin de Boer', phone: '030 123 4567' },
      desired_date: FUTURE,
      notes: '',
    });
  });

  it('needs no description for a pickup, and starts with the rental given in the address', async () => {
    const user = userEvent.setup();
    const { api } = renderOrders(`/orders/new/pickup?rental=${OLD_RENTAL.id}`, {
      [`POST ${ORDERS_API}`]: json({ ...placed, kind: 'pickup' }, 201),
    });
    expect(await screen.findByRole('radio', { name: /Hoog-laagbed/ })).toBeChecked();
    expect(screen.getByLabelText(/^Toelichting \(niet verplicht\)/)).not.toBeRequired();
    await fillCommon(user);
    await submit(user);

    await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is ontvangen' });
    expect(api.callsTo('POST', ORDERS_API)[0]?.body).toMatchObject({
      kind: 'pickup',
      rental_order_id: OLD_RENTAL.id,
      description: null,
    });
  });

  it('shows the API’s refusal on the rental it names', async () => {
    const user = userEvent.setup();
    await open('pickup', {
      [`POST ${ORDERS_API}`]: problem(422, {
        errors: [{ field: 'rental_order_id', message: 'Dit huurmiddel is al opgehaald.' }],
      }),
    });
    await user.click(screen.getByRole('radio', { name: /Rolstoel standaard/ }));
    await fillCommon(user);
    await submit(user);

    expect(await screen.findByTestId('error-summary')).toHaveTextContent(
      'Huurmiddel: Dit huurmiddel is al opgehaald.',
    );
    expect(screen.getByRole('radiogroup', { name: /^Huurmiddel/ })).toHaveAccessibleDescription(
      /Dit huurmiddel is al opgehaald\./,
    );
  });

  it('says so when there is no rental to ask for', async () => {
    renderOrders('/orders/new/repair', { [`GET ${RENTALS_API}`]: page([]) });
    expect(await screen.findByText(/Er staan geen huurmiddelen uit\./)).toBeInTheDocument();
  });

  it('knows only the three follow-up kinds', async () => {
    renderOrders('/orders/new/cancel');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
  });
});
