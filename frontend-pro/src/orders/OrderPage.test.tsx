import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORDER, ORDER_ID, renderOrders } from '../test/ordersApi';

type User = ReturnType<typeof userEvent.setup>;

const SEND_API = `/api/v1/orders/${ORDER_ID}/send`;
const PLACED = `/orders/${ORDER_ID}/placed`;

async function openSend(user: User, routes = {}) {
  const rendered = renderOrders(PLACED, routes);
  await screen.findByRole('heading', { level: 1, name: 'Uw aanvraag is ontvangen' });
  await user.click(await screen.findByRole('button', { name: 'Verstuur aanvraag' }));
  const dialog = await screen.findByRole('dialog', { name: 'Verstuur aanvraag HB-2026-000123' });
  return { ...rendered, dialog: within(dialog) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the confirmation after placing a request', { timeout: 20_000 }, () => {
  it('says the request was received, with its number, summary and whom to call', async () => {
    renderOrders(PLACED);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Uw aanvraag is ontvangen',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Aanvraagnummer HB-2026-000123\./)).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Samenvatting' });
    expect(summary).toHaveTextContent('Levering huurmiddel');
    expect(summary).toHaveTextContent('J. Jansen');
    expect(summary).toHaveTextContent('Rolstoel standaard · Plankzitting met AD-kussen');
    expect(summary).toHaveTextContent('Kring vestiging Utrecht');
    expect(within(summary).getByRole('button', { name: 'Download aanvraag' })).toBeEnabled();
    const branch = screen.getByRole('region', { name: 'Annuleren of spoed?' });
    expect(branch).toHaveTextContent('Is het spoed? Dien de aanvraag eerst hier in');
    expect(screen.getByRole('link', { name: 'Bekijk de aanvraag' })).toHaveAttribute(
      'href',
      `/orders/${ORDER_ID}`,
    );
  });

  it('says a Wlz order waits for the signature', async () => {
    renderOrders(PLACED, {
      [`GET /api/v1/orders/${ORDER_ID}`]: json({
        ...ORDER,
        wlz_indication: true,
        signature_required: true,
        action_required: true,
      }),
    });
    expect(
      await screen.findByText(/de vestiging levert pas nadat u de aanvraag heeft ondertekend/),
    ).toBeInTheDocument();
  });
});

describe('sending the request', { timeout: 20_000 }, () => {
  it('goes to myself by default, and to at most three other addresses', async () => {
    const user = userEvent.setup();
    const recipients = ['pro@kring.demo', 'sanne@delinde.demo', 'wijkteam@example.org'];
    const { api, dialog } = await openSend(user, {
      [`POST ${SEND_API}`]: json({ recipients }, 202),
    });
    expect(dialog.getByRole('checkbox', { name: 'Aan mezelf (pro@kring.demo)' })).toBeChecked();

    for (let added = 0; added < 3; added += 1) {
      await user.click(dialog.getByRole('button', { name: 'E-mailadres toevoegen' }));
    }
    expect(dialog.getAllByLabelText(/^E-mailadres \d$/)).toHaveLength(3);
    expect(dialog.queryByRole('button', { name: 'E-mailadres toevoegen' })).not.toBeInTheDocument();
    expect(dialog.getByTestId('send-max')).toHaveTextContent(
      'U kunt hoogstens 3 andere adressen opgeven.',
    );

    await user.type(dialog.getByLabelText('E-mailadres 1'), 'sanne@delinde.demo');
    await user.type(dialog.getByLabelText('E-mailadres 2'), 'wijkteam@');
    await user.click(dialog.getByRole('button', { name: 'Versturen' }));
    await waitFor(() =>
      expect(dialog.getByLabelText('E-mailadres 2')).toHaveAccessibleDescription(
        'Vul een geldig e-mailadres in.',
      ),
    );
    expect(dialog.getByLabelText('E-mailadres 3')).toHaveAccessibleDescription(
      'Vul een e-mailadres in, of haal dit veld weg.',
    );
    expect(api.callsTo('POST', SEND_API)).toHaveLength(0);

    await user.type(dialog.getByLabelText('E-mailadres 2'), 'example.org');
    await user.click(dialog.getByRole('button', { name: 'E-mailadres 3 weghalen' }));
    await user.click(dialog.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByTestId('order-sent')).toHaveTextContent(
      'De aanvraag is verstuurd naar pro@kring.demo, sanne@delinde.demo, wijkteam@example.org.',
    );
    expect(api.callsTo('POST', SEND_API)[0]?.body).toEqual({
      to_self: true,
      also_to: ['sanne@delinde.demo', 'wijkteam@example.org'],
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('needs someone to send to', async () => {
    const user = userEvent.setup();
    const { api, dialog } = await openSend(user);
    await user.click(dialog.getByRole('checkbox', { name: /Aan mezelf/ }));
    await user.click(dialog.getByRole('button', { name: 'Versturen' }));
    expect(await dialog.findByTestId('error-summary')).toHaveTextContent(
      'Ontvangers: Kies uzelf of vul minstens één e-mailadres in.',
    );
    expect(api.callsTo('POST', SEND_API)).toHaveLength(0);
  });

  it('says how many minutes to wait after too many sends (429)', async () => {
    const user = userEvent.setup();
    const { dialog } = await openSend(user, {
      [`POST ${SEND_API}`]: problem(429, { detail: 'Too many' }, { 'Retry-After': '540' }),
    });
    await user.click(dialog.getByRole('button', { name: 'Versturen' }));
    expect(await dialog.findByTestId('error-summary')).toHaveTextContent(
      'U heeft de aanvraag het afgelopen uur te vaak verstuurd. Probeer het over 9 minuten opnieuw.',
    );
    expect(screen.queryByTestId('order-sent')).not.toBeInTheDocument();
  });

  it('puts the API’s refusal of an address on that address', async () => {
    const user = userEvent.setup();
    const { dialog } = await openSend(user, {
      [`POST ${SEND_API}`]: problem(422, {
        errors: [{ field: 'also_to.0', message: 'Dit adres neemt geen e-mail aan.' }],
      }),
    });
    await user.click(dialog.getByRole('button', { name: 'E-mailadres toevoegen' }));
    await user.type(dialog.getByLabelText('E-mailadres 1'), 'nobody@example.org');
    await user.click(dialog.getByRole('button', { name: 'Versturen' }));
    await waitFor(() =>
      expect(dialog.getByLabelText('E-mailadres 1')).toHaveAccessibleDescription(
        'Dit adres neemt geen e-mail aan.',
      ),
    );
  });
});

describe('downloading the request', { timeout: 20_000 }, () => {
  it('fetches the PDF, shows how far it is, and saves it under the API’s name', async () => {
    const user = userEvent.setup();
    Object.assign(URL, {
      createObjectURL: vi.fn(() => 'blob:kring/order'),
      revokeObjectURL: vi.fn(),
    });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const pdf = '%PDF-1.4 order';
    let release = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    renderOrders(PLACED, {
      [`GET /api/v1/orders/${ORDER_ID}/pdf`]: async () => {
        await answered;
        return new Response(pdf, {
          headers: {
            'content-type': 'application/pdf',
            'content-length': String(pdf.length),
            'content-disposition': 'attachment; filename="HB-2026-000123.pdf"',
          },
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Download aanvraag' }));
    expect(await screen.findByRole('button', { name: 'Bezig… 0%' })).toBeDisabled();
    expect(screen.getByRole('progressbar', { name: 'Downloaden van aanvraag HB-2026-000123' }));
    release();
    await waitFor(() => expect(saved).toEqual(['HB-2026-000123.pdf']));
    expect(await screen.findByRole('button', { name: 'Download aanvraag' })).toBeEnabled();
  });
});

describe('the order page', { timeout: 20_000 }, () => {
  it('shows everything about the order and its history as a timeline', async () => {
    renderOrders(`/orders/${ORDER_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aanvraag HB-2026-000123' }),
    ).toBeInTheDocument();
    const request = screen.getByRole('region', { name: 'De aanvraag' });
    expect(request).toHaveTextContent('Geleverd');
    expect(request).toHaveTextContent('Dagen uitstaand31 dagen');
    const client = screen.getByRole('region', { name: 'Cliënt en aflevering' });
    expect(client).toHaveTextContent('Lindelaan 12 A, 3511 AB Utrecht');
    expect(client).toHaveTextContent('AfleveradresHet adres van de cliënt');
    expect(within(client).getByRole('link', { name: /^06/ })).toHaveAttribute(
      'href',
      'tel:+31612345678',
    );
    const history = within(screen.getByRole('region', { name: 'Statusverloop' }));
    expect(history.getAllByRole('listitem').map((item) => item.textContent?.slice(0, 30))).toEqual([
      expect.stringMatching(/^Ontvangen/),
      expect.stringMatching(/^Ingepland/),
      expect.stringMatching(/^Geleverd/),
    ]);
    expect(history.getByText('Gepland voor do 5 november 2026')).toBeInTheDocument();
    expect(history.getByText('Afgeleverd bij de receptie.')).toBeInTheDocument();

    // A delivered rental: what can be asked for it next.
    expect(screen.getByRole('link', { name: 'Ophalen aanvragen' })).toHaveAttribute(
      'href',
      `/orders/new/pickup?rental=${ORDER_ID}`,
    );
    expect(screen.getByRole('button', { name: 'Verstuur aanvraag' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Annuleren of spoed?' })).toHaveTextContent(
      'Kring vestiging Utrecht',
    );
  });

  it('says a Wlz order waits for my signature', async () => {
    renderOrders(`/orders/${ORDER_ID}`, {
      [`GET /api/v1/orders/${ORDER_ID}`]: json({
        ...ORDER,
        status: 'received',
        action_required: true,
        signature_required: true,
        wlz_indication: true,
      }),
    });
    expect(
      await screen.findByText(/Deze Wlz-aanvraag wacht op uw handtekening/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Hulpmiddel en vraag' })).toHaveTextContent(
      'HandtekeningWacht op uw handtekening',
    );
  });

  it('answers an order of another organisation as not found', async () => {
    renderOrders('/orders/0193a1b2-0000-7000-8000-00000000dead');
    expect(await screen.findByText('Deze aanvraag is er niet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de openstaande aanvragen' })).toHaveAttribute(
      'href',
      '/orders',
    );
  });
});
