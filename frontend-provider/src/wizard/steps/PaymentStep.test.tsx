import { json, problem } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Payment } from '../../api/payment';
import type { ProviderProfile } from '../../api/profile';
import { renderWizard } from '../../test/renderWizard';
import { profileWith, wizardApi } from '../../test/wizardFixtures';
import { goToCheckout } from '../payment/checkout';

// The browser cannot leave jsdom for the bank: the tests see where it would have gone.
vi.mock('../payment/checkout', () => ({ goToCheckout: vi.fn() }));

const ALL_FIVE = ['personal', 'company', 'profile', 'availability', 'services'] as const;
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');
const PAYMENT_ID = '0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f';
const CHECKOUT = 'http://kring.test/sandbox/payments/tr_sandbox_1';

function payment(status: Payment['status']): Payment {
  return {
    id: PAYMENT_ID,
    status,
    checkout_url: CHECKOUT,
    amount_cents: 1000,
    vat_cents: 174,
    paid_at: status === 'paid' ? '2026-11-30T10:00:00Z' : null,
  };
}

const awaitingPayment = () => profileWith([...ALL_FIVE], { status: 'awaiting_payment' });
const live = () =>
  profileWith([...ALL_FIVE, 'payment', 'done'], { status: 'live', next_step: 'done' });

afterEach(() => {
  vi.mocked(goToCheckout).mockClear();
});

describe('step Betaling', () => {
  it('shows the fee split into net and VAT, and sends me to the bank with "Betalen met iDEAL"', async () => {
    const user = userEvent.setup();
    const api = wizardApi(profileWith([...ALL_FIVE]), {
      'POST /api/v1/provider/payment': json(payment('open'), 201),
    });
    renderWizard('/signup/payment', api);
    await screen.findByRole('heading', { level: 1, name: 'Betaling' });

    const fee = screen.getByRole('table', { name: 'Administratieve bijdrage' });
    expect(
      within(fee)
        .getAllByRole('row')
        .map((row) => plain(row.textContent)),
    ).toEqual(['Administratiekosten€ 8,26', 'Btw 21%€ 1,74', 'Totaal incl. 21% btw€ 10,00']);
    // Not on to Voltooiing before paying.
    expect(screen.queryByRole('button', { name: 'Volgende stap' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Betalen met iDEAL' }));

    expect(await screen.findByText('We sturen je door naar de betaalpagina…')).toBeVisible();
    expect(api.callsTo('POST', '/api/v1/provider/payment')).toHaveLength(1);
    expect(goToCheckout).toHaveBeenCalledExactlyOnceWith(CHECKOUT);
  });

  it('says why the API refused to start the payment, and does not leave', async () => {
    const user = userEvent.setup();
    renderWizard(
      '/signup/payment',
      wizardApi(profileWith([...ALL_FIVE]), {
        'POST /api/v1/provider/payment': problem(409, {
          detail: 'Maak eerst de eerdere stappen af.',
        }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Betalen met iDEAL' }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Maak eerst de eerdere stappen af.');
    expect(summary).toHaveFocus();
    expect(goToCheckout).not.toHaveBeenCalled();
  });

  it('back from the bank, waits for the confirmation and opens Voltooiing once paid', async () => {
    let profile: ProviderProfile = awaitingPayment();
    const answers: Payment['status'][] = ['open', 'pending', 'paid'];
    const api = wizardApi(profile, {
      'GET /api/v1/provider/profile': () => json(profile),
      'GET /api/v1/provider/payment': () => {
        const status = answers.shift() ?? 'paid';
        // The API settles the payment when asked: paid makes the profile live.
        if (status === 'paid') profile = live();
        return json(payment(status));
      },
    });
    renderWizard(`/signup/payment?payment=${PAYMENT_ID}`, api);

    const waiting = await screen.findByTestId('payment-waiting');
    expect(waiting).toHaveAttribute('role', 'status');
    expect(waiting).toHaveAttribute('aria-live', 'polite');
    expect(waiting).toHaveTextContent('We wachten op de bevestiging van je betaling…');
    expect(screen.queryByRole('button', { name: 'Betalen met iDEAL' })).not.toBeInTheDocument();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voltooiing' }, { timeout: 6000 }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/provider/payment')).toHaveLength(3);
    expect(screen.getByText('Je profiel staat online: klanten kunnen je nu vinden.')).toBeVisible();
  });

  it.each([
    ['failed', 'Je betaling is mislukt. Er is niets afgeschreven.'],
    ['canceled', 'Je hebt de betaling geannuleerd. Er is niets afgeschreven.'],
    ['expired', 'Je betaling is verlopen'],
  ] as const)(
    'back from the bank with a %s payment, says so and offers to pay again',
    async (status, said) => {
      const user = userEvent.setup();
      const api = wizardApi(profileWith([...ALL_FIVE]), {
        'GET /api/v1/provider/payment': json(payment(status)),
        'POST /api/v1/provider/payment': json(payment('open'), 201),
      });
      renderWizard(`/signup/payment?payment=${PAYMENT_ID}`, api);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Niet betaald');
      expect(alert).toHaveTextContent(said);
      await user.click(screen.getByRole('button', { name: 'Betalen met iDEAL' }));
      expect(goToCheckout).toHaveBeenCalledExactlyOnceWith(CHECKOUT);
    },
  );

  it('stops waiting after two minutes, says why, and checks again on request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const api = wizardApi(awaitingPayment(), {
        'GET /api/v1/provider/payment': json(payment('open')),
      });
      renderWizard(`/signup/payment?payment=${PAYMENT_ID}`, api);
      await screen.findByTestId('payment-waiting');

      await vi.advanceTimersByTimeAsync(2 * 60_000);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Nog geen bevestiging');
      expect(alert).toHaveTextContent('Betaal dus niet nog een keer.');
      const asked = api.callsTo('GET', '/api/v1/provider/payment').length;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(api.callsTo('GET', '/api/v1/provider/payment')).toHaveLength(asked);

      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Opnieuw controleren' }));
      expect(await screen.findByTestId('payment-waiting')).toBeVisible();
      expect(api.callsTo('GET', '/api/v1/provider/payment').length).toBeGreaterThan(asked);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a live profile has paid already, with the way on to Voltooiing', async () => {
    const api = wizardApi(live());
    renderWizard('/signup/payment', api);
    await screen.findByRole('heading', { level: 1, name: 'Betaling' });

    expect(screen.getByText(/Je hoeft niets meer te betalen/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de voltooiing' })).toHaveAttribute(
      'href',
      '/signup/done',
    );
    expect(screen.queryByRole('button', { name: 'Betalen met iDEAL' })).not.toBeInTheDocument();
  });
});

describe('step Voltooiing', () => {
  it('shows the four promotion packages, the fee taken off the first one, and where to go next', async () => {
    renderWizard('/signup/done', wizardApi(live()));
    await screen.findByRole('heading', { level: 1, name: 'Voltooiing' });
    expect(screen.getByText('Je profiel staat online: klanten kunnen je nu vinden.')).toBeVisible();
    expect(screen.getByText('Stap 8 van 8 · Voltooiing')).toBeInTheDocument();

    const packages = within(screen.getByTestId('promotion-packages')).getAllByRole('article');
    expect(
      packages.map((card) => [
        within(card).getByRole('heading', { level: 3 }).textContent,
        within(card).getByRole('img').getAttribute('aria-label'),
        plain(within(card).getByText(/€.*per jaar/).textContent),
      ]),
    ).toEqual([
      ['Basispakket', '1 ster', '€ 100,00 per jaar'],
      ['Pluspakket', '2 sterren', '€ 300,00 per jaar'],
      ['Luxepakket', '3 sterren', '€ 500,00 per jaar'],
      ['Fee-pakket', '5 sterren', 'Vanaf € 500,00 per jaar'],
    ]);
    // Each package adds to the one before it, as in the source's table.
    const [basic, plus, luxe, fee] = packages.map((card) =>
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    );
    expect(basic).toHaveLength(5);
    expect(basic).toContain('Je dienst in de jaarfolder (oplage 4.500)');
    expect(
      within(packages[1] as HTMLElement).getByText('Alles uit het Basispakket, en:'),
    ).toBeVisible();
    expect(plus).toEqual([
      'Deelname aan de open dagen',
      'Poster op locaties',
      'Digitale nieuwsbrief',
    ]);
    expect(luxe).toContain('Informatiezuil');
    expect(fee).toEqual(['Slidebanner op het platform', 'Bijeenkomsten']);

    expect(plain(screen.getByTestId('fee-deducted').textContent)).toContain(
      'De € 10,00 die je al hebt betaald, trekken we af van je eerste pakket.',
    );
    expect(screen.getByTestId('fee-deducted')).toHaveTextContent(
      'We nemen contact met je op om te bespreken welk pakket het best bij je past.',
    );
    const links = [
      'Kies een promotiepakket',
      'Neem een introductievideo op',
      'Bekijk je profiel',
      'Naar je dashboard',
    ];
    expect(links.map((name) => screen.getByRole('link', { name }).getAttribute('href'))).toEqual([
      '/promotion',
      '/video',
      '/profile/preview',
      '/',
    ]);
  });
});
