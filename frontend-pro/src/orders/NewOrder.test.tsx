import { todayInKring } from '@kring/common';
import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LINDE_ID, ZONNEHUIS_ID } from '../test/proApi';
import {
  AD_SEAT_ID,
  CUSHION_ID,
  ORDER,
  ORDERS_API,
  ORGANISATIONS,
  PLAIN_SEAT_ID,
  renderOrders,
  WHEELCHAIR_ID,
} from '../test/ordersApi';
import { addDays } from './orderForms';

type User = ReturnType<typeof userEvent.setup>;

// Within the year ahead the API takes.
const FUTURE = addDays(todayInKring(), 30);
const section = (name: string) => screen.getByRole('region', { name });
const deviceSelect = () => screen.getByLabelText(/^Hulpmiddel/, { selector: 'select' });
const submit = (user: User) =>
  user.click(screen.getByRole('button', { name: 'Aanvraag indienen' }));

async function openRental() {
  const rendered = renderOrders('/orders/new/rental');
  await screen.findByRole('heading', { level: 1, name: 'Huurmiddel aanvragen' });
  await screen.findByLabelText(/^Hulpmiddel/, { selector: 'select' });
  return rendered;
}

/** Everything a rental needs, for De Linde, a wheelchair with the AD seat. */
async function fillRental(user: User) {
  const client = within(section('Cliënt'));
  await user.type(client.getByLabelText(/^Naam cliënt/), 'J. Jansen');
  await user.type(client.getByLabelText(/^Geboortedatum/), '1941-03-15');
  await user.type(client.getByLabelText(/^Straat/), 'Lindelaan');
  await user.type(client.getByLabelText(/^Huisnummer/), '12');
  await user.type(client.getByLabelText(/^Toevoeging/), 'A');
  await user.type(client.getByLabelText(/^Postcode/), '3511ab');
  await user.type(client.getByLabelText(/^Plaats/), 'Utrecht');
  const contact = within(section('Contactpersoon ter plaatse'));
  await user.type(contact.getByLabelText(/^Naam contactpersoon/), 'Karin de Boer');
  await user.type(contact.getByLabelText(/^Telefoonnummer contactpersoon/), '06 12345678');
  await user.click(screen.getByRole('radio', { name: 'Nee' }));
  await user.selectOptions(deviceSelect(), WHEELCHAIR_ID);
  await user.selectOptions(screen.getByLabelText(/^Uitvoering/), AD_SEAT_ID);
  await user.type(screen.getByLabelText(/^Gewenste datum/), FUTURE);
  await user.type(screen.getByLabelText(/^Opmerkingen/), 'Graag in de ochtend.');
}

describe('a new request', { timeout: 20_000 }, () => {
  it('starts with the choice of four kinds, each with a line on what it is for', async () => {
    const user = userEvent.setup();
    renderOrders('/orders/new');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }),
    ).toBeInTheDocument();
    const kinds = within(screen.getByRole('list', { name: 'Soorten aanvragen' }));
    expect(
      kinds.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [
        'Huurmiddel aanvragenLevering van een hulpmiddel aan een cliënt, eventueel met een AD-kussen.',
        '/orders/new/rental',
      ],
      [
        'Reparatie aanvragenEen uitstaand huurmiddel is kapot of werkt niet goed.',
        '/orders/new/repair',
      ],
      [
        'Aanpassing aanvragenEen uitstaand huurmiddel moet anders worden afgesteld of aangepast.',
        '/orders/new/adjustment',
      ],
      [
        'Ophalen aanvragenEen huurmiddel is niet meer nodig en kan worden opgehaald.',
        '/orders/new/pickup',
      ],
    ]);
    // No cancel and no urgent here: the card says whom to call.
    const branch = await screen.findByRole('region', { name: 'Annuleren of spoed?' });
    expect(branch).toHaveTextContent('Bel daarvoor uw vestiging:');
    expect(within(branch).getByRole('link', { name: '088 513 8484' })).toHaveAttribute(
      'href',
      'tel:+31885138484',
    );
    expect(branch).toHaveTextContent('Maandag t/m vrijdag 8.30-17.00 uur');

    await user.click(kinds.getByRole('link', { name: /^Reparatie aanvragen/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Reparatie aanvragen' });
    // The new page's heading takes the focus, so a screen reader starts there.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('checks a rental in the browser: required fields, a past date, the delivery address', async () => {
    const user = userEvent.setup();
    const { api } = await openRental();
    await submit(user);

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveFocus();
    for (const line of [
      'Naam cliënt: Vul de naam van de cliënt in.',
      'Geboortedatum: Vul de geboortedatum van de cliënt in.',
      'Straat (cliënt): Vul de straat in.',
      'Postcode (cliënt): Vul een postcode in zoals 1234 AB.',
      'Naam contactpersoon: Vul de naam van de contactpersoon in.',
      'Heeft de cliënt een Wlz-indicatie?: Kies of de cliënt een Wlz-indicatie heeft.',
      'Hulpmiddel: Kies een hulpmiddel.',
      'Gewenste datum: Vul de gewenste datum in.',
    ]) {
      expect(summary).toHaveTextContent(line);
    }
    // Delivered to the client's address by default: no delivery address to fill in.
    expect(summary).not.toHaveTextContent('afleveradres');
    expect(within(section('Cliënt')).getByLabelText(/^Naam cliënt/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.type(screen.getByLabelText(/^Gewenste datum/), '2020-01-01');
    await user.type(within(section('Cliënt')).getByLabelText(/^Huisnummer/), '12a');
    await user.click(screen.getByRole('switch', { name: 'Afleveren op het adres van de cliënt' }));
    const delivery = within(section('Afleveradres'));
    expect(delivery.getByLabelText(/^Straat/)).toBeInTheDocument();
    await submit(user);

    await waitFor(() =>
      expect(screen.getByLabelText(/^Gewenste datum/)).toHaveAccessibleDescription(
        /De gewenste datum kan niet in het verleden liggen\./,
      ),
    );
    expect(within(section('Cliënt')).getByLabelText(/^Huisnummer/)).toHaveAccessibleDescription(
      /Het huisnummer is een getal; een letter hoort bij de toevoeging\./,
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'Straat (afleveradres): Vul de straat in.',
    );
    expect(api.callsTo('POST', ORDERS_API)).toHaveLength(0);
  });

  it('places a rental and shows the confirmation', async () => {
    const user = userEvent.setup();
    const placed = { ...ORDER, id: '0193a1b2-0000-7000-8000-0000000000aa', status: 'received' };
    const { api } = renderOrders('/orders/new/rental', {
      [`POST ${ORDERS_API}`]: json(placed, 201),
    });
    await screen.findByLabelText(/^Hulpmiddel/, { selector: 'select' });
    await fillRental(user);
    await submit(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is ontvangen' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Aanvraagnummer HB-2026-000123\./)).toBeInTheDocument();
    expect(api.callsTo('POST', ORDERS_API)[0]?.body).toEqual({
      kind: 'rental',
      organisation_id: LINDE_ID,
      client: {
        name: 'J. Jansen',
        birth_date: '1941-03-15',
        address: {
          street: 'Lindelaan',
          house_number: '12',
          house_number_addition: 'A',
          postcode: '3511 AB',
          city: 'Utrecht',
        },
      },
      delivery_address: null,
      contact: { name: 'Karin de Boer', phone: '06 12345678' },
      wlz_indication: false,
      device_id: WHEELCHAIR_ID,
      option_id: AD_SEAT_ID,
      desired_date: FUTURE,
      notes: 'Graag in de ochtend.',
    });
  });
});

describe('no branch yet', { timeout: 20_000 }, () => {
  it('shows no rental form when no organisation of mine has a branch', async () => {
    renderOrders('/orders/new/rental', {
      'GET /api/v1/orders/organisations': json(
        ORGANISATIONS.map((item) => ({ ...item, may_order: false, supplier_branch: null })),
      ),
    });
    expect(
      await screen.findByText(/Geen van uw organisaties heeft al een vaste vestiging/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Aanvraag indienen' })).not.toBeInTheDocument();
    expect(screen.getByTestId('branch-card')).toHaveTextContent(
      'Uw organisatie heeft nog geen vaste vestiging',
    );
  });
});

describe('the API’s refusals on a rental', { timeout: 20_000 }, () => {
  it('shows a 422 on the fields it names', async () => {
    const user = userEvent.setup();
    renderOrders('/orders/new/rental', {
      [`POST ${ORDERS_API}`]: problem(422, {
        errors: [
          { field: 'client.address.postcode', message: 'Deze postcode bestaat niet.' },
          { field: 'desired_date', message: 'Op zondag levert de vestiging niet.' },
        ],
      }),
    });
    await screen.findByLabelText(/^Hulpmiddel/, { selector: 'select' });
    await fillRental(user);
    await submit(user);

    const postcode = within(section('Cliënt')).getByLabelText(/^Postcode/);
    await waitFor(() =>
      expect(postcode).toHaveAccessibleDescription(/Deze postcode bestaat niet\./),
    );
    expect(screen.getByLabelText(/^Gewenste datum/)).toHaveAccessibleDescription(
      /Op zondag levert de vestiging niet\./,
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(
      'Postcode (cliënt): Deze postcode bestaat niet.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Huurmiddel aanvragen');
  });
});

describe('the AD rule', { timeout: 20_000 }, () => {
  it('with the AD contract offers every device and option', async () => {
    const user = userEvent.setup();
    await openRental();
    expect(screen.queryByTestId('no-ad-contract')).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'AD-kussen (AD-10)' })).toBeEnabled();
    await user.selectOptions(deviceSelect(), WHEELCHAIR_ID);
    expect(screen.getByRole('option', { name: 'Plankzitting met AD-kussen' })).toBeEnabled();
  });

  it('without it shows the AD devices and options disabled, and says whom to call', async () => {
    const user = userEvent.setup();
    await openRental();
    await user.selectOptions(
      screen.getByLabelText(/^Organisatie/, { selector: 'select' }),
      ZONNEHUIS_ID,
    );

    expect(screen.getByTestId('no-ad-contract')).toHaveTextContent(
      'Uw organisatie heeft geen AD-contract: bel uw vestiging 033 456 7890',
    );
    expect(
      screen.getByRole('option', { name: 'AD-kussen – alleen met AD-contract (AD-10)' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('option', { name: 'AD-matras – alleen met AD-contract (AD-20)' }),
    ).toBeDisabled();
    expect(screen.getByRole('option', { name: 'Hoog-laagbed (HB-1024)' })).toBeEnabled();
    await user.selectOptions(deviceSelect(), WHEELCHAIR_ID);
    expect(
      screen.getByRole('option', { name: 'Plankzitting met AD-kussen – alleen met AD-contract' }),
    ).toBeDisabled();
    expect(screen.getByRole('option', { name: 'Standaard zitting' })).toBeEnabled();
    // The branch card follows the organisation chosen.
    expect(screen.getByTestId('branch-card')).toHaveTextContent('Kring vestiging Amersfoort');
  });

  it('refuses an AD device chosen before switching to an organisation without the contract', async () => {
    const user = userEvent.setup();
    const { api } = await openRental();
    await fillRental(user);
    await user.selectOptions(deviceSelect(), CUSHION_ID);
    await user.selectOptions(
      screen.getByLabelText(/^Organisatie/, { selector: 'select' }),
      ZONNEHUIS_ID,
    );
    await submit(user);

    await waitFor(() =>
      expect(deviceSelect()).toHaveAccessibleDescription(
        /Uw organisatie heeft geen AD-contract: bel uw vestiging 033 456 7890/,
      ),
    );
    expect(api.callsTo('POST', ORDERS_API)).toHaveLength(0);
  });

  it('shows the API’s AD refusal on the option', async () => {
    const user = userEvent.setup();
    const message = 'Uw organisatie heeft geen AD-contract: bel uw vestiging 088 513 8484';
    renderOrders('/orders/new/rental', {
      [`POST ${ORDERS_API}`]: problem(422, { errors: [{ field: 'option_id', message }] }),
    });
    await screen.findByLabelText(/^Hulpmiddel/, { selector: 'select' });
    await fillRental(user);
    await submit(user);

    await waitFor(() =>
      expect(screen.getByLabelText(/^Uitvoering/)).toHaveAccessibleDescription(new RegExp(message)),
    );
    expect(screen.getByTestId('error-summary')).toHaveTextContent(`Uitvoering: ${message}`);
  });

  it('keeps the option of another device out: a new device starts without one', async () => {
    const user = userEvent.setup();
    await openRental();
    await user.selectOptions(deviceSelect(), WHEELCHAIR_ID);
    await user.selectOptions(screen.getByLabelText(/^Uitvoering/), PLAIN_SEAT_ID);
    await user.selectOptions(deviceSelect(), CUSHION_ID);
    expect(screen.queryByLabelText(/^Uitvoering/)).not.toBeInTheDocument();
  });
});
