// The public profile page: the API's profile in frontend-common's profile view (whose pieces are
// tested there, in src/profile/), with this portal's links, formal Dutch and the reviews' pages.
import { json, problem } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  PIETER_ID,
  pieterWith,
  publicApi,
  REVIEW_WITH_REPLY,
  REVIEW_WITHOUT_REPLY,
} from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const route = `/aanbieders/${PIETER_ID}`;

async function openProfile(api: ReturnType<typeof publicApi>) {
  renderPartner(route, api);
  return screen.findByRole('heading', { level: 1, name: 'Maak kennis met Pieter' });
}

describe('a provider’s public profile', { timeout: 20_000 }, () => {
  it('starts with the way there, who it is and the contact button', async () => {
    await openProfile(publicApi());
    const crumbs = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(within(crumbs).getByRole('link', { name: 'Startpagina' })).toHaveAttribute('href', '/');
    // The first category leads to the search filtered on it.
    expect(within(crumbs).getByRole('link', { name: 'Klusjesmannen' })).toHaveAttribute(
      'href',
      '/?q=&category=klusjesmannen',
    );
    expect(within(crumbs).getByText('Pieter Dienstverlener')).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByText('Klushulp Pieter')).toBeInTheDocument();
    expect(document.title).toBe('Pieter Dienstverlener · Hulp vragen · Kring');
    // One button beside the profile (wide screens), one stuck to the bottom (phones): both lead
    // to the contact form, and none is a disabled preview button.
    const contacts = screen.getAllByRole('link', { name: 'Contact opnemen met Pieter' });
    expect(contacts).toHaveLength(2);
    for (const button of contacts) {
      expect(button).toHaveAttribute('href', `/aanbieders/${PIETER_ID}/contact`);
    }
    expect(screen.queryByRole('button', { name: /Contact opnemen/ })).not.toBeInTheDocument();
  });

  it('is the page: its title is the h1, the sections are h2, and it speaks formal Dutch', async () => {
    await openProfile(publicApi());
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual([
      'Over Pieter',
      'Diensten en prijzen',
      'Beoordelingen',
      'Gezien door Kring',
      'Werkgebied van Pieter',
      'Beschikbaarheid',
    ]);
    expect(screen.getByText(/Een afspraak maakt u altijd samen\./)).toBeInTheDocument();
    // The rating beside the name: the API's, also without the reviews' section.
    expect(screen.getAllByText('4,5 van 5')).toHaveLength(2);
  });

  it('shows what Kring checked, the certificate of conduct (VOG) too', async () => {
    await openProfile(publicApi());
    const seen = screen.getByRole('region', { name: 'Gezien door Kring' });
    expect(
      within(seen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Identiteitsbewijs gezien', '✓VOG gecontroleerd']);
  });

  it('shows the first page of reviews that came with the profile', async () => {
    const api = publicApi();
    await openProfile(api);
    const reviews = screen.getByRole('region', { name: 'Beoordelingen' });
    expect(
      within(reviews)
        .getAllByRole('article')
        .map((review) => review.getAttribute('aria-label')),
    ).toEqual([REVIEW_WITH_REPLY.author_name, REVIEW_WITHOUT_REPLY.author_name]);
    expect(reviews).toHaveTextContent('Dank u wel, Jan!');
    // No second request: the first page is the profile's, and it is all there is.
    expect(api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`)).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Meer beoordelingen tonen' })).toBeNull();
  });

  it('adds older reviews from the profile’s cursor on', async () => {
    const user = userEvent.setup();
    const older = { ...REVIEW_WITHOUT_REPLY, id: 'older', text: 'Een oudere beoordeling.' };
    const oldest = { ...REVIEW_WITHOUT_REPLY, id: 'oldest', text: 'De oudste beoordeling.' };
    const api = publicApi({
      [`GET /api/v1/providers/${PIETER_ID}`]: json(
        pieterWith({ reviews: { items: [REVIEW_WITH_REPLY], next_cursor: 'after-jan' } }),
      ),
      [`GET /api/v1/providers/${PIETER_ID}/reviews`]: (call) =>
        new URLSearchParams(call.search).get('cursor') === 'after-jan'
          ? json({ items: [older], next_cursor: 'after-older' })
          : json({ items: [oldest], next_cursor: null }),
    });
    await openProfile(api);
    const reviewsCalls = () => api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`);
    expect(reviewsCalls()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Meer beoordelingen tonen' }));
    expect(await screen.findByText('Een oudere beoordeling.')).toBeInTheDocument();
    // Added under the first page, which stays.
    expect(screen.getByText(REVIEW_WITH_REPLY.text)).toBeInTheDocument();
    const first = new URLSearchParams(reviewsCalls()[0]?.search);
    expect(first.get('cursor')).toBe('after-jan');
    expect(first.get('limit')).toBe('10');

    await user.click(screen.getByRole('button', { name: 'Meer beoordelingen tonen' }));
    expect(await screen.findByText('De oudste beoordeling.')).toBeInTheDocument();
    expect(new URLSearchParams(reviewsCalls()[1]?.search).get('cursor')).toBe('after-older');
    const list = screen.getByRole('list', { name: 'Beoordelingen' });
    expect(within(list).getAllByRole('article')).toHaveLength(3);
    // The oldest is there: no more to ask for.
    expect(screen.queryByRole('button', { name: 'Meer beoordelingen tonen' })).toBeNull();
  });

  it('answers an unknown or offline provider with the not-found page', async () => {
    const api = publicApi({
      [`GET /api/v1/providers/${PIETER_ID}`]: problem(404, { detail: 'Not found' }),
    });
    renderPartner(route, api);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }),
    ).toBeInTheDocument();
    expect(where()).toBe(route);
  });
});
