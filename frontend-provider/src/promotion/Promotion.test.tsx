import { json, noContent, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { PromotionOverview } from '../api/promotion';
import { liveProfile, overview, plusRequest } from '../home/testFixtures';
import { translations } from '../locales';
import { wizardApi } from '../test/wizardFixtures';

/** The promotion page of live Bert; the overview answers `state`, which the changes update. */
async function renderPromotion(state: { current: PromotionOverview }, routes = {}) {
  const api = wizardApi(liveProfile(), {
    'GET /api/v1/provider/promotion': () => json(state.current),
    ...routes,
  });
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/promotion' });
  await screen.findByRole('heading', { level: 1, name: 'Promotiepakketten' });
  await screen.findByRole('heading', { level: 2, name: 'Pluspakket' });
  return api;
}

const card = (name: string) =>
  within(screen.getByRole('region', { name: 'De pakketten' })).getByRole('article', { name });
const request = (name: string) =>
  within(screen.getByRole('region', { name: 'Je aanvragen' })).getByRole('article', { name });

describe('the promotion packages', () => {
  it('shows the four packages with stars, yearly price and what the fee already paid saves', async () => {
    await renderPromotion({ current: overview() });

    expect(
      screen.getAllByRole('article').map((article) => article.getAttribute('aria-labelledby')),
    ).toEqual([
      'package-basic-title',
      'package-plus-title',
      'package-luxe-title',
      'package-fee-title',
    ]);
    const plus = card('Pluspakket');
    expect(within(plus).getByRole('img', { name: '2 sterren' })).toHaveTextContent('★★');
    expect(plus).toHaveTextContent('€ 300,00per jaar');
    expect(plus).toHaveTextContent('Je betaalt voor het Pluspakket dus € 290,00.');
    // Each package adds to the one before, as the source's table groups them.
    expect(plus).toHaveTextContent('Alles uit het Basispakket, en:');
    expect(
      within(plus)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Deelname aan de open dagen van Kring',
      'Posters op locaties',
      'De digitale nieuwsbrief',
    ]);
    expect(within(card('Basispakket')).getByRole('img', { name: '1 ster' })).toBeInTheDocument();
    const fee = card('Fee-pakket');
    expect(fee).toHaveTextContent('vanaf€ 500,00per jaar');
    expect(fee).toHaveTextContent('Je betaalt voor het Fee-pakket dus vanaf € 490,00.');
    expect(screen.getByTestId('fee-credit')).toHaveTextContent(
      'Bij je aanmelding heb je al € 10,00 administratiekosten betaald.',
    );
  });

  it('asks for a package with a message, then shows it waiting for Kring', async () => {
    const user = userEvent.setup();
    const state = { current: overview() };
    const api = await renderPromotion(state, {
      'POST /api/v1/provider/promotion/requests': () => {
        const request = plusRequest({ message: 'Bel me liever na 17:00.' });
        state.current = overview({ can_request: false, requests: [request] });
        return json(request, 201);
      },
    });

    await user.click(
      within(card('Pluspakket')).getByRole('button', { name: 'Vraag dit pakket aan: Pluspakket' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Pluspakket aanvragen' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Bericht voor Kring (optioneel)' }),
      'Bel me liever na 17:00.',
    );
    expect(dialog).toHaveTextContent('23/1000');
    await user.click(within(dialog).getByRole('button', { name: 'Aanvraag versturen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST', '/api/v1/provider/promotion/requests')[0]?.body).toEqual({
      package: 'plus',
      message: 'Bel me liever na 17:00.',
    });
    expect(screen.getByTestId('request-notice')).toHaveTextContent(
      'Je aanvraag voor het Pluspakket is verstuurd. Kring neemt contact met je op.',
    );
    const requests = await screen.findByRole('region', { name: 'Je aanvragen' });
    const waiting = within(requests).getByRole('article', { name: 'Pluspakket' });
    expect(waiting).toHaveTextContent('Aangevraagd – Kring neemt contact met je op');
    expect(waiting).toHaveTextContent('Je bericht: Bel me liever na 17:00.');
    expect(within(waiting).getByRole('button', { name: 'Intrekken: Pluspakket' })).toBeEnabled();
    // One request at a time: the other packages wait, and say why.
    const luxe = within(card('Luxepakket')).getByRole('button', { name: /Vraag dit pakket aan/ });
    expect(luxe).toBeDisabled();
    expect(luxe).toHaveAccessibleDescription(/Je hebt al een pakket aangevraagd/);
  });

  it('shows the API’s refusal in the dialog', async () => {
    const user = userEvent.setup();
    await renderPromotion(
      { current: overview() },
      {
        'POST /api/v1/provider/promotion/requests': problem(409, {
          detail:
            'Je hebt al om een pakket gevraagd; Kring neemt daar eerst contact met je over op.',
        }),
      },
    );

    await user.click(
      within(card('Luxepakket')).getByRole('button', { name: /Vraag dit pakket aan/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Luxepakket aanvragen' });
    await user.click(within(dialog).getByRole('button', { name: 'Aanvraag versturen' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Je hebt al om een pakket gevraagd; Kring neemt daar eerst contact met je over op.',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('withdraws a request that waits for Kring', async () => {
    const user = userEvent.setup();
    const state = { current: overview({ can_request: false, requests: [plusRequest()] }) };
    const api = await renderPromotion(state, {
      'DELETE /api/v1/provider/promotion/requests/0192f0c4-0000-7000-8000-0000000000a1': () => {
        state.current = overview({ requests: [plusRequest({ status: 'withdrawn' })] });
        return noContent();
      },
    });
    expect(within(card('Pluspakket')).getByText('Aangevraagd')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Intrekken: Pluspakket' }));

    const requests = screen.getByRole('region', { name: 'Je aanvragen' });
    await waitFor(() => expect(requests).toHaveTextContent('Ingetrokken'));
    expect(
      api.callsTo(
        'DELETE',
        '/api/v1/provider/promotion/requests/0192f0c4-0000-7000-8000-0000000000a1',
      ),
    ).toHaveLength(1);
    expect(within(requests).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('request-notice')).toHaveTextContent(
      'Je aanvraag voor het Pluspakket is ingetrokken.',
    );
    expect(
      within(card('Pluspakket')).getByRole('button', { name: 'Vraag dit pakket aan: Pluspakket' }),
    ).toBeEnabled();
  });

  it('shows a confirmed package with its year and invoice, the fee deducted once', async () => {
    const confirmed = plusRequest({
      status: 'confirmed',
      price_cents: 30_000,
      starts_on: '2027-01-01',
      ends_on: '2027-12-31',
      invoice: {
        id: '0192f0c4-0000-7000-8000-0000000000f1',
        number: 'K2026-000001',
        issued_on: '2026-12-01',
        package_cents: 30_000,
        fee_credit_cents: 1000,
        total_cents: 29_000,
        net_cents: 23_967,
        vat_cents: 5033,
        pdf_url: '/api/v1/provider/invoices/0192f0c4-0000-7000-8000-0000000000f1/pdf',
      },
    });
    await renderPromotion({ current: overview({ fee_credit_cents: 0, requests: [confirmed] }) });

    const plus = request('Pluspakket');
    expect(plus).toHaveTextContent('Bevestigd');
    expect(plus).toHaveTextContent('Looptijd: 1 januari 2027 tot en met 31 december 2027');
    const invoice = within(plus).getByRole('table', { name: /Factuur K2026-000001/ });
    expect(
      within(invoice)
        .getAllByRole('row')
        .map((row) => row.textContent?.replace(/\u00a0/g, ' ')),
    ).toEqual([
      'Pluspakket€ 300,00',
      'Administratiekosten al betaald− € 10,00',
      'Totaal incl. btw€ 290,00',
      'Bedrag zonder btw€ 239,67',
      'Btw€ 50,33',
    ]);
    const pdf = within(plus).getByRole('link', { name: 'Download factuur K2026-000001 (PDF)' });
    expect(pdf).toHaveAttribute('href', confirmed.invoice?.pdf_url);
    expect(pdf).toHaveAttribute('download');
    // The fee is deducted: no more saying so on the packages.
    expect(screen.queryByTestId('fee-credit')).not.toBeInTheDocument();
    expect(card('Pluspakket')).not.toHaveTextContent('Je betaalt');
  });
});
