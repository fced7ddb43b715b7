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
    // No second request: page 1 is the profile's.
    expect(api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`)).toHaveLength(0);
    expect(
      screen.queryByRole('navigation', { name: "Pagina's met beoordelingen" }),
    ).not.toBeInTheDocument();
  });

  it('pages through the reviews', async () => {
    const user = userEvent.setup();
    const older = { ...REVIEW_WITHOUT_REPLY, id: 'older', text: 'Een oudere beoordeling.' };
    const api = publicApi({
      [`GET /api/v1/providers/${PIETER_ID}`]: json(
        pieterWith({
          reviews: { total: 11, page: 1, page_size: 10, reviews: [REVIEW_WITH_REPLY] },
        }),
      ),
      [`GET /api/v1/providers/${PIETER_ID}/reviews`]: json({
        total: 11,
        page: 2,
        page_size: 10,
        reviews: [older],
      }),
    });
    await openProfile(api);
    const pages = screen.getByRole('navigation', { name: "Pagina's met beoordelingen" });
    await user.click(within(pages).getByRole('button', { name: 'Pagina 2' }));
    expect(await screen.findByText('Een oudere beoordeling.')).toBeInTheDocument();
    expect(screen.queryByText(REVIEW_WITH_REPLY.text)).not.toBeInTheDocument();
    const call = api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`)[0];
    expect(new URLSearchParams(call?.search).get('page')).toBe('2');
    expect(new URLSearchParams(call?.search).get('page_size')).toBe('10');
    expect(screen.getByRole('heading', { name: 'Beoordelingen' })).toHaveFocus();
    expect(within(pages).getByRole('button', { name: 'Pagina 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // Back to the first page: the profile's own reviews again, without asking the API.
    await user.click(within(pages).getByRole('button', { name: 'Pagina 1' }));
    expect(await screen.findByText(REVIEW_WITH_REPLY.text)).toBeInTheDocument();
    expect(api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`)).toHaveLength(1);
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
