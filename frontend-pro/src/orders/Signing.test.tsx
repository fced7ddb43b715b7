import { json, problem, type StubAnswer, type StubCall } from '@kring/common/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Order, OrderSummary } from '../api/orders';
import type { OrderSigning, Signature } from '../api/signing';
import { ORDER, ORDERS_API, page, renderOrders, WLZ_SUMMARY } from '../test/ordersApi';

const SIGN_API = '/api/v1/orders/signatures';
const IMAGE = 'data:image/png;base64,iVBORw0KGgoSTUB';
const hash = (char: string) => char.repeat(64);

const A = '0193a1b2-0000-7000-8000-0000000000a1';
const B = '0193a1b2-0000-7000-8000-0000000000a2';
const C = '0193a1b2-0000-7000-8000-0000000000a3';

const SIGNING: OrderSigning = {
  content_sha256: hash('a'),
  open_refusal: null,
  off_signing_list: false,
  signatures: [],
  refusals: [],
};

/** A Wlz order waiting for my signature. */
function wlzOrder(id: string, number: string, client: string, sha = hash('a')): Order {
  return {
    ...ORDER,
    id,
    number,
    status: 'received',
    action_required: true,
    wlz_indication: true,
    signature_required: true,
    client: { ...ORDER.client, name: client },
    signing: { ...SIGNING, content_sha256: sha },
  };
}

const ORDER_A = wlzOrder(A, 'HB-2026-000201', 'M. de Wit', hash('a'));
const ORDER_B = wlzOrder(B, 'HB-2026-000202', 'K. Bos', hash('b'));

function summary(order: Order, refused = false): OrderSummary {
  return {
    ...WLZ_SUMMARY,
    id: order.id,
    number: order.number,
    client_name: order.client.name,
    refused,
  };
}

function signedAnswer(call: StubCall) {
  const body = call.body as { orders: { order_id: string }[] };
  return json(
    {
      signed: body.orders.map((item, index) => ({
        order_id: item.order_id,
        number: item.order_id === A ? ORDER_A.number : ORDER_B.number,
        signature_id: `0193a1b2-0000-7000-8000-00000000050${index}`,
        signed_at: '2026-12-07T10:00:00Z',
      })),
    },
    201,
  );
}

function renderSigning(ids: string[], routes: Record<string, StubAnswer> = {}) {
  return renderOrders(`/orders/sign?ids=${ids.join(',')}`, {
    [`GET ${ORDERS_API}/${A}`]: json(ORDER_A),
    [`GET ${ORDERS_API}/${B}`]: json(ORDER_B),
    [`POST ${SIGN_API}`]: signedAnswer,
    'POST /api/v1/auth/mfa/step-up': json({
      status: 'mfa_required',
      challenge_id: 'c0ffee00-0000-7000-8000-000000000002',
      factors: ['totp', 'sms'],
    }),
    'POST /api/v1/auth/mfa/verify': json({ status: 'signed_in', me: {} }),
    ...routes,
  });
}

/** Signing asks for the app's code at that moment: give it. */
async function giveCode(user: ReturnType<typeof userEvent.setup>, code = '314159') {
  const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat u het bent' });
  await user.type(
    await within(dialog).findByLabelText(/^Code uit de app/, { selector: 'input' }),
    code,
  );
  await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
}

/** Draws a stroke over the pad, as a mouse would. */
function draw(pad: HTMLElement) {
  fireEvent.pointerDown(pad, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
  fireEvent.pointerMove(pad, { pointerId: 1, clientX: 60, clientY: 40 });
  fireEvent.pointerMove(pad, { pointerId: 1, clientX: 120, clientY: 20 });
  fireEvent.pointerUp(pad, { pointerId: 1, clientX: 120, clientY: 20 });
}

async function signingScreen() {
  return screen.findByRole('heading', { level: 1, name: 'Tekenen voor akkoord' });
}

beforeEach(() => {
  // jsdom draws nothing: a context that takes the strokes, and a fixed PNG.
  const context = {
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    stroke: vi.fn(),
    arc: vi.fn(),
    fill: vi.fn(),
    clearRect: vi.fn(),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => context as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => IMAGE);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('selecting orders to sign', { timeout: 30_000 }, () => {
  it('selects the orders to sign (not a refused one) and opens the signing screen', async () => {
    const user = userEvent.setup();
    const refused = wlzOrder(C, 'HB-2026-000203', 'T. Smit');
    renderOrders('/orders?view=action', {
      [`GET ${ORDERS_API}`]: page([summary(ORDER_A), summary(ORDER_B), summary(refused, true)]),
      [`GET ${ORDERS_API}/${A}`]: json(ORDER_A),
      [`GET ${ORDERS_API}/${B}`]: json(ORDER_B),
    });
    const list = await screen.findByRole('list', { name: 'Aanvragen' });
    const rows = await within(list).findAllByRole('listitem');
    expect(rows).toHaveLength(3);
    // The refused one: marked, not selectable.
    expect(rows[2]).toHaveTextContent('Geweigerd');
    expect(within(rows[2] as HTMLElement).queryByRole('checkbox')).not.toBeInTheDocument();

    const sign = screen.getByRole('button', { name: 'Tekenen voor akkoord' });
    expect(sign).toBeDisabled();
    expect(screen.getByTestId('sign-count')).toHaveTextContent('0 aanvragen geselecteerd');

    await user.click(
      screen.getByRole('checkbox', {
        name: 'Aanvraag HB-2026-000202 (K. Bos) selecteren om te tekenen',
      }),
    );
    expect(screen.getByTestId('sign-count')).toHaveTextContent('1 aanvraag geselecteerd');
    expect(sign).toBeEnabled();
    expect(sign).toHaveAccessibleDescription('1 aanvraag geselecteerd');

    const all = screen.getByRole('checkbox', { name: 'Alle getoonde aanvragen selecteren' });
    await user.click(all);
    expect(screen.getByTestId('sign-count')).toHaveTextContent('2 aanvragen geselecteerd');
    expect(all).toBeChecked();
    await user.click(all);
    expect(screen.getByTestId('sign-count')).toHaveTextContent('0 aanvragen geselecteerd');
    await user.click(all);

    await user.click(sign);
    await signingScreen();
    expect(
      await screen.findByRole('heading', { level: 2, name: /HB-2026-000201 · .* · M\. de Wit/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /HB-2026-000202 · .* · K\. Bos/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Onderteken 2 aanvragen' })).toBeInTheDocument();
  });

  it('offers no selection outside the list of orders waiting for me', async () => {
    renderOrders('/orders', { [`GET ${ORDERS_API}`]: page([summary(ORDER_A)]) });
    await within(await screen.findByRole('list', { name: 'Aanvragen' })).findAllByRole('listitem');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tekenen voor akkoord' })).not.toBeInTheDocument();
  });
});

describe('the signing screen', { timeout: 30_000 }, () => {
  it('shows each order in full with its PDF, and signs them with a drawn signature', async () => {
    const user = userEvent.setup();
    const { api } = renderSigning([A, B]);
    await signingScreen();
    const first = await screen.findByRole('region', { name: /HB-2026-000201/ });
    expect(within(first).getByRole('region', { name: 'Cliënt en aflevering' })).toHaveTextContent(
      'M. de Wit',
    );
    expect(within(first).getByRole('link', { name: 'Download aanvraag (pdf)' })).toHaveAttribute(
      'href',
      `/api/v1/orders/${A}/pdf`,
    );
    expect(
      screen.getByText(
        'Met uw handtekening gaat u akkoord met deze aanvragen. U bevestigt met uw tweede factor.',
      ),
    ).toBeInTheDocument();

    // Nothing drawn yet: nothing is sent.
    const submit = screen.getByRole('button', { name: 'Onderteken 2 aanvragen' });
    await user.click(submit);
    const pad = screen.getByRole('img', { name: 'Uw handtekening' });
    expect(pad).toHaveAccessibleDescription(/Teken uw handtekening in het vak, of kies Typen\./);
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(0);

    draw(pad);
    await user.click(submit);
    await giveCode(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ondertekend' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', SIGN_API)[0]?.body).toEqual({
      orders: [
        { order_id: A, content_sha256: hash('a') },
        { order_id: B, content_sha256: hash('b') },
      ],
      signature: { method: 'drawn', image: IMAGE },
    });
    const signed = within(screen.getByRole('list', { name: 'Ondertekende aanvragen' }));
    const links = signed.getAllByRole('link', { name: 'Download ondertekende PDF' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/api/v1/orders/${A}/signatures/0193a1b2-0000-7000-8000-000000000500/pdf`,
      `/api/v1/orders/${B}/signatures/0193a1b2-0000-7000-8000-000000000501/pdf`,
    ]);
    expect(links[0]).toHaveAccessibleDescription(/HB-2026-000201/);
    expect(
      screen.getByRole('link', { name: 'Naar de aanvragen die op u wachten' }),
    ).toHaveAttribute('href', '/orders?view=action');
  });

  it('clears the drawing with "Wissen"', async () => {
    const user = userEvent.setup();
    const { api } = renderSigning([A]);
    await signingScreen();
    const pad = await screen.findByRole('img', { name: 'Uw handtekening' });
    draw(pad);
    await user.click(screen.getByRole('button', { name: 'Wissen' }));
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    expect(pad).toHaveAccessibleDescription(/Teken uw handtekening in het vak/);
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(0);
  });

  it('signs with a typed name, shown in a handwritten style', async () => {
    const user = userEvent.setup();
    const { api } = renderSigning([A]);
    await signingScreen();
    await user.click(await screen.findByRole('radio', { name: 'Typen' }));
    const name = screen.getByRole('textbox', { name: 'Uw naam' });
    expect(name).toHaveValue('Paula Zorgprofessional');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    expect(name).toHaveAccessibleDescription(/Vul uw naam in\./);
    await user.type(name, 'P. Zorgprofessional');
    expect(screen.getByTestId('typed-preview')).toHaveTextContent('P. Zorgprofessional');
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    await giveCode(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ondertekend' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', SIGN_API)[0]?.body).toEqual({
      orders: [{ order_id: A, content_sha256: hash('a') }],
      signature: { method: 'typed', name: 'P. Zorgprofessional' },
    });
  });

  it('asks for the second factor before sending anything, then signs', async () => {
    const user = userEvent.setup();
    const { api } = renderSigning([A, B]);
    await signingScreen();
    draw(await screen.findByRole('img', { name: 'Uw handtekening' }));
    await user.click(screen.getByRole('button', { name: 'Onderteken 2 aanvragen' }));

    // The code is asked at the moment of signing, saying why; the signing is under way meanwhile.
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat u het bent' });
    expect(dialog).toHaveTextContent('U tekent met de code van uw tweede stap');
    expect(screen.getByText('Bezig met ondertekenen van 2 aanvragen…')).toBeInTheDocument();
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(0);
    await giveCode(user, '314159');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ondertekend' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(1);
    expect(api.callsTo('POST', '/api/v1/auth/mfa/verify')[0]?.body).toMatchObject({
      code: '314159',
    });
  });

  it('signs nothing when the person closes the code dialog', async () => {
    const user = userEvent.setup();
    const { api } = renderSigning([A]);
    await signingScreen();
    draw(await screen.findByRole('img', { name: 'Uw handtekening' }));
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig dat u het bent' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Ondertekend' })).not.toBeInTheDocument();
  });

  it('says which order changed (409), loads it afresh and asks to read it again', async () => {
    const user = userEvent.setup();
    let reads = 0;
    let signs = 0;
    const changedB = {
      ...ORDER_B,
      notes: 'Graag na 14.00 uur.',
      signing: { ...SIGNING, content_sha256: hash('c') },
    };
    const { api } = renderSigning([A, B], {
      [`GET ${ORDERS_API}/${B}`]: () => json(++reads === 1 ? ORDER_B : changedB),
      [`POST ${SIGN_API}`]: (call) =>
        ++signs === 1
          ? problem(409, {
              detail: 'Een aanvraag is gewijzigd.',
              errors: [{ field: 'orders.1.content_sha256', message: 'Gewijzigd.' }],
            })
          : signedAnswer(call),
    });
    await signingScreen();
    draw(await screen.findByRole('img', { name: 'Uw handtekening' }));
    const submit = screen.getByRole('button', { name: 'Onderteken 2 aanvragen' });
    await user.click(submit);
    await giveCode(user);

    expect(await screen.findByTestId('sign-problem')).toHaveTextContent(
      'Aanvraag HB-2026-000202 is gewijzigd sinds u hem opende. Er is niets ondertekend.',
    );
    const second = screen.getByRole('region', { name: /HB-2026-000202/ });
    await waitFor(() => expect(second).toHaveTextContent('Graag na 14.00 uur.'));
    expect(within(second).getByText('Deze aanvraag is gewijzigd')).toBeInTheDocument();

    // Not signed again before it is read.
    await user.click(submit);
    expect(screen.getByTestId('sign-problem')).toHaveTextContent(
      'Lees eerst de gewijzigde aanvraag HB-2026-000202 opnieuw',
    );
    expect(api.callsTo('POST', SIGN_API)).toHaveLength(1);

    await user.click(
      within(second).getByRole('button', { name: 'Ik heb de gewijzigde aanvraag gelezen' }),
    );
    await user.click(submit);
    await giveCode(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ondertekend' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', SIGN_API)[1]?.body).toMatchObject({
      orders: [
        { order_id: A, content_sha256: hash('a') },
        { order_id: B, content_sha256: hash('c') },
      ],
    });
  });

  it('asks to set up a second factor first (403)', async () => {
    const user = userEvent.setup();
    renderSigning([A], {
      [`POST ${SIGN_API}`]: problem(403, { detail: 'Stel eerst een tweede factor in.' }),
    });
    await signingScreen();
    draw(await screen.findByRole('img', { name: 'Uw handtekening' }));
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    await giveCode(user);
    const alert = await screen.findByTestId('sign-problem');
    expect(alert).toHaveTextContent('Om te tekenen heeft u een tweede factor nodig');
    expect(
      within(alert).getByRole('link', { name: 'Naar inloggen en beveiliging' }),
    ).toHaveAttribute('href', '/account/security');
    expect(screen.queryByRole('heading', { name: 'Ondertekend' })).not.toBeInTheDocument();
  });

  it('puts the API’s refusal of a drawing on the pad (422)', async () => {
    const user = userEvent.setup();
    renderSigning([A], {
      [`POST ${SIGN_API}`]: problem(422, {
        errors: [{ field: 'signature.image', message: 'Dit is geen PNG-afbeelding.' }],
      }),
    });
    await signingScreen();
    const pad = await screen.findByRole('img', { name: 'Uw handtekening' });
    draw(pad);
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    await giveCode(user);
    await waitFor(() => expect(pad).toHaveAccessibleDescription(/Dit is geen PNG-afbeelding\./));
  });

  it('refuses an order with a reason; it leaves the selection', async () => {
    const user = userEvent.setup();
    let refusals = 0;
    const refusalApi = `/api/v1/orders/${A}/refusal`;
    const { api } = renderSigning([A, B], {
      [`POST ${refusalApi}`]: (call) =>
        ++refusals === 1
          ? problem(422, {
              errors: [
                { field: 'reason', message: 'Schrijf een reden van hoogstens 1000 tekens.' },
              ],
            })
          : json(
              {
                id: '0193a1b2-0000-7000-8000-000000000600',
                refused_by_name: 'Paula Zorgprofessional',
                refused_at: '2026-12-07T10:00:00Z',
                reason: (call.body as { reason: string }).reason,
                cleared_at: null,
                cleared_by_name: null,
                outcome: null,
                clear_note: '',
              },
              201,
            ),
    });
    await signingScreen();
    const first = await screen.findByRole('region', { name: /HB-2026-000201/ });
    await user.click(within(first).getByRole('button', { name: 'Weigeren' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Aanvraag HB-2026-000201 weigeren' }),
    );
    const reason = dialog.getByRole('textbox', { name: /Reden/ });

    await user.click(dialog.getByRole('button', { name: 'Weigering versturen' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/Schrijf waarom u weigert\./));
    expect(api.callsTo('POST', refusalApi)).toHaveLength(0);

    await user.type(reason, 'De cliënt heeft al een bed van de gemeente.');
    await user.click(dialog.getByRole('button', { name: 'Weigering versturen' }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription(/Schrijf een reden van hoogstens 1000 tekens\./),
    );

    await user.click(dialog.getByRole('button', { name: 'Weigering versturen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', refusalApi)[1]?.body).toEqual({
      reason: 'De cliënt heeft al een bed van de gemeente.',
    });
    const refused = screen.getByRole('region', { name: /HB-2026-000201/ });
    expect(refused).toHaveTextContent('Geweigerd');
    expect(refused).toHaveTextContent('De vestiging neemt contact met u op.');

    draw(screen.getByRole('img', { name: 'Uw handtekening' }));
    await user.click(screen.getByRole('button', { name: 'Onderteken 1 aanvraag' }));
    await giveCode(user);
    await screen.findByRole('heading', { level: 1, name: 'Ondertekend' });
    expect(api.callsTo('POST', SIGN_API)[0]?.body).toMatchObject({
      orders: [{ order_id: B, content_sha256: hash('b') }],
    });
  });
});

describe('the signature on the order page', { timeout: 30_000 }, () => {
  const signature = (overrides: Partial<Signature> = {}): Signature => ({
    id: '0193a1b2-0000-7000-8000-000000000700',
    signer_name: 'Paula Zorgprofessional',
    signed_at: '2026-12-01T09:30:00Z',
    method: 'drawn',
    second_factor: 'totp',
    content_sha256: hash('a'),
    superseded_at: null,
    ...overrides,
  });

  function renderOrderPage(order: Order) {
    return renderOrders(`/orders/${order.id}`, { [`GET ${ORDERS_API}/${order.id}`]: json(order) });
  }

  const section = () => screen.findByRole('region', { name: 'Handtekening' });

  it('offers to sign this one order, or to refuse it', async () => {
    renderOrderPage(ORDER_A);
    const region = within(await section());
    expect(region.getByRole('link', { name: 'Deze aanvraag tekenen' })).toHaveAttribute(
      'href',
      `/orders/sign?ids=${A}`,
    );
    expect(region.getByRole('button', { name: 'Weigeren' })).toBeInTheDocument();
  });

  it('shows a refusal: why, when, by whom, and that the branch will call', async () => {
    renderOrderPage({
      ...ORDER_A,
      signing: {
        ...SIGNING,
        open_refusal: {
          id: '0193a1b2-0000-7000-8000-000000000600',
          refused_by_name: 'Paula Zorgprofessional',
          refused_at: '2026-12-02T14:00:00Z',
          reason: 'Verkeerde cliënt.',
          cleared_at: null,
          cleared_by_name: null,
          outcome: null,
          clear_note: '',
        },
      },
    });
    const region = await section();
    expect(region).toHaveTextContent('Geweigerd');
    expect(region).toHaveTextContent('Geweigerd door Paula Zorgprofessional op');
    expect(region).toHaveTextContent('Reden: Verkeerde cliënt.');
    expect(region).toHaveTextContent('De vestiging neemt contact met u op.');
    expect(within(region).queryByRole('link', { name: 'Deze aanvraag tekenen' })).toBeNull();
    // No "waits for your signature" over a refused order.
    expect(screen.queryByText(/Deze Wlz-aanvraag wacht op uw handtekening/)).toBeNull();
  });

  it('says the branch took it off the signing list', async () => {
    renderOrderPage({
      ...ORDER_A,
      action_required: false,
      signing: {
        ...SIGNING,
        off_signing_list: true,
        refusals: [
          {
            id: '0193a1b2-0000-7000-8000-000000000600',
            refused_by_name: 'Paula Zorgprofessional',
            refused_at: '2026-12-02T14:00:00Z',
            reason: 'Verkeerde cliënt.',
            cleared_at: '2026-12-03T08:00:00Z',
            cleared_by_name: 'Bea Vestiging',
            outcome: 'remove',
            clear_note: 'Aanvraag vervalt.',
          },
        ],
      },
    });
    const region = await section();
    expect(region).toHaveTextContent('De vestiging heeft deze aanvraag van de tekenlijst gehaald.');
    expect(region).toHaveTextContent('Toelichting van de vestiging: Aanvraag vervalt.');
  });

  it('shows who signed, when, how and with which factor, and the earlier signatures', async () => {
    const current = signature();
    const old = signature({
      id: '0193a1b2-0000-7000-8000-000000000701',
      signed_at: '2026-11-20T09:00:00Z',
      method: 'typed',
      second_factor: 'sms',
      superseded_at: '2026-11-28T12:00:00Z',
    });
    renderOrderPage({
      ...ORDER_A,
      action_required: false,
      signed_at: current.signed_at,
      signing: { ...SIGNING, signatures: [current, old] },
    });
    const region = within(await section());
    expect(region.getByTestId('signing-signed')).toHaveTextContent(
      /Ondertekend door Paula Zorgprofessional op .*, getekend, bevestigd met een code uit de app\./,
    );
    const links = region.getAllByRole('link', { name: 'Download ondertekende PDF' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/api/v1/orders/${A}/signatures/${current.id}/pdf`,
      `/api/v1/orders/${A}/signatures/${old.id}/pdf`,
    ]);
    const earlier = region.getByRole('list', { name: 'Eerdere handtekeningen' });
    expect(earlier).toHaveTextContent(/Vervangen op .* na een wijziging van de aanvraag/);
    expect(earlier).toHaveTextContent(/getypt, bevestigd met een sms-code/);
  });

  it('downloads a signed PDF under the API’s name', async () => {
    const user = userEvent.setup();
    Object.assign(URL, {
      createObjectURL: vi.fn(() => 'blob:kring/signed'),
      revokeObjectURL: vi.fn(),
    });
    const saved: string[] = [];
    const current = signature();
    renderOrders(`/orders/${A}`, {
      [`GET ${ORDERS_API}/${A}`]: json({
        ...ORDER_A,
        action_required: false,
        signing: { ...SIGNING, signatures: [current] },
      }),
      [`GET ${ORDERS_API}/${A}/signatures/${current.id}/pdf`]: new Response('%PDF-1.7 signed', {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="HB-2026-000201-ondertekend.pdf"',
        },
      }),
    });
    const link = within(await section()).getByRole('link', { name: 'Download ondertekende PDF' });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    await user.click(link);
    await waitFor(() => expect(saved).toEqual(['HB-2026-000201-ondertekend.pdf']));
  });

  it('has no signing section for an order without Wlz', async () => {
    renderOrderPage({ ...ORDER_A, signing: null, action_required: false });
    await screen.findByRole('region', { name: 'De aanvraag' });
    expect(screen.queryByRole('region', { name: 'Handtekening' })).toBeNull();
  });
});
