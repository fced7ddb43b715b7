import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { ProviderReview } from '../api/reviews';
import { providerApi, review, reviewPage } from '../home/testFixtures';
import { translations } from '../locales';

const ANNA = review();
const KEES = review({
  id: '0192f0c4-0000-7000-8000-00000000e0a2',
  stars: 4,
  author_name: 'Kees',
  text: 'Vriendelijk en netjes.',
  created_at: '2026-12-10T12:00:00Z',
  reply: 'Dank je wel, Kees!',
  replied_at: '2026-12-11T08:00:00Z',
});
const HIDDEN = review({
  id: '0192f0c4-0000-7000-8000-00000000e0a3',
  stars: 1,
  author_name: 'Piet',
  text: 'Bel hem niet, zijn nummer is 06 …',
  created_at: '2026-12-05T12:00:00Z',
  hidden: true,
  hidden_reason: 'Bevat persoonsgegevens.',
});
const REPLY_PATH = `/api/v1/provider/reviews/${ANNA.id}/reply`;

async function renderReviews(routes: Record<string, StubAnswer> = {}) {
  const api = providerApi({
    'GET /api/v1/provider/reviews': () => json(reviewPage([ANNA, KEES, HIDDEN])),
    ...routes,
  });
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/reviews' });
  await screen.findByRole('heading', { level: 1, name: 'Reviews' });
  await screen.findByRole('list', { name: 'Je reviews' });
  return api;
}

const card = (name: string) => screen.getByRole('article', { name });

describe('my reviews', () => {
  it('shows each review with its stars, text, author and date, and my reply under it', async () => {
    await renderReviews();

    expect(screen.getByTestId('reviews-summary')).toHaveTextContent(
      '3 reviews. Op 2 heb je nog niet gereageerd.',
    );
    const anna = card('Anna');
    expect(anna).toHaveTextContent('5 van 5 sterren');
    expect(anna).toHaveTextContent('20 december 2026');
    expect(anna).toHaveTextContent('Bert kwam op tijd en hing de lamp netjes op.');
    const kees = card('Kees');
    expect(kees).toHaveTextContent('4 van 5 sterren');
    expect(within(kees).getByTestId('review-reply')).toHaveTextContent(
      'Jouw reactie · 11 december 2026Dank je wel, Kees!',
    );
    // Replied once: no form any more.
    expect(within(kees).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('marks a review Kring has hidden, with Kring’s reason', async () => {
    await renderReviews();

    const hidden = card('Piet');
    expect(hidden).toHaveTextContent('Verborgen door Kring');
    expect(within(hidden).getByTestId('review-hidden')).toHaveTextContent(
      'Reden: Bevat persoonsgegevens.Deze review staat niet op je profiel en telt niet mee voor je gemiddelde beoordeling.',
    );
    expect(card('Anna')).not.toHaveTextContent('Verborgen door Kring');
  });

  it('replies once, warned beforehand that a reply cannot be changed, and shows it', async () => {
    const user = userEvent.setup();
    const api = await renderReviews({
      [`PUT ${REPLY_PATH}`]: (call) =>
        json({
          ...ANNA,
          reply: (call.body as { reply: string }).reply,
          replied_at: '2026-12-28T10:00:00Z',
        } satisfies ProviderReview),
    });
    const anna = card('Anna');
    const submit = within(anna).getByRole('button', { name: 'Reactie plaatsen' });
    expect(submit).toHaveAccessibleDescription(
      'Let op: je kunt maar één keer reageren, en je reactie kun je daarna niet meer wijzigen.',
    );

    // Nothing written: nothing sent.
    await user.click(submit);
    expect(await within(anna).findByText('Schrijf eerst je reactie.')).toBeVisible();
    await user.type(
      within(anna).getByRole('textbox', { name: 'Je reactie' }),
      'Dank je wel, Anna! Tot de volgende klus.',
    );
    await user.click(submit);

    await waitFor(() =>
      expect(within(anna).getByTestId('review-reply')).toHaveTextContent(
        'Jouw reactie · 28 december 2026Dank je wel, Anna! Tot de volgende klus.',
      ),
    );
    expect(api.callsTo('PUT', REPLY_PATH).map((call) => call.body)).toEqual([
      { reply: 'Dank je wel, Anna! Tot de volgende klus.' },
    ]);
    expect(within(anna).getByTestId('reply-notice')).toHaveTextContent('Je reactie is geplaatst.');
    expect(within(anna).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(anna).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when I already replied elsewhere (409), and shows that reply', async () => {
    const user = userEvent.setup();
    let reviews = [ANNA, KEES, HIDDEN];
    await renderReviews({
      'GET /api/v1/provider/reviews': () => json(reviewPage(reviews)),
      [`PUT ${REPLY_PATH}`]: () => {
        reviews = [
          { ...ANNA, reply: 'Al eerder bedankt.', replied_at: '2026-12-27T09:00:00Z' },
          KEES,
          HIDDEN,
        ];
        return problem(409, { detail: 'You already replied to this review.' });
      },
    });
    const anna = card('Anna');

    await user.type(within(anna).getByRole('textbox', { name: 'Je reactie' }), 'Bedankt!');
    await user.click(within(anna).getByRole('button', { name: 'Reactie plaatsen' }));

    await waitFor(() =>
      expect(within(card('Anna')).getByTestId('review-reply')).toHaveTextContent(
        'Al eerder bedankt.',
      ),
    );
    expect(within(card('Anna')).getByRole('alert')).toHaveTextContent(
      'Je hebt al op deze review gereageerd. Een reactie kun je niet meer wijzigen.',
    );
    expect(within(card('Anna')).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows more by the cursor, the newest first', async () => {
    const user = userEvent.setup();
    const api = await renderReviews({
      'GET /api/v1/provider/reviews': (call) =>
        new URLSearchParams(call.search).get('cursor') === 'next'
          ? json(reviewPage([HIDDEN]))
          : json(reviewPage([ANNA, KEES], 'next')),
    });

    expect(screen.getByTestId('reviews-summary')).toHaveTextContent(
      'De nieuwste 2 reviews. Op 1 heb je nog niet gereageerd.',
    );
    expect(screen.queryByRole('article', { name: 'Piet' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer tonen' }));

    expect(await screen.findByRole('article', { name: 'Piet' })).toBeInTheDocument();
    expect(screen.getByTestId('reviews-summary')).toHaveTextContent('3 reviews.');
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/api/v1/provider/reviews').map((call) => call.search)).toEqual([
      '?limit=20',
      '?limit=20&cursor=next',
    ]);
  });

  it('explains where reviews come from while there are none', async () => {
    const api = providerApi({ 'GET /api/v1/provider/reviews': () => json(reviewPage([])) });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/reviews' });

    expect(await screen.findByText('Nog geen reviews')).toBeInTheDocument();
    expect(
      screen.getByText(/Zet je een contactverzoek op ‘afgehandeld’, dan krijgt de klant/),
    ).toBeInTheDocument();
  });
});
