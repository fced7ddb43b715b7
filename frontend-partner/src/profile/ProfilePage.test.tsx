import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
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
    expect(screen.getByText('Diensten: Klusjesmannen')).toBeInTheDocument();
    expect(document.title).toBe('Pieter Dienstverlener · Hulp vragen · Kring');
    // One button beside the profile (wide screens), one stuck to the bottom (phones).
    for (const button of screen.getAllByRole('link', { name: 'Contact opnemen met Pieter' })) {
      expect(button).toHaveAttribute('href', `/aanbieders/${PIETER_ID}/contact`);
    }
  });

  it('lists the services with the customer price and the member price', async () => {
    await openProfile(publicApi());
    const table = screen.getByTestId('services-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Dienst', 'Prijs', 'Ledenprijs']);
    const row = within(table).getByRole('row', { name: /Kleine klussen/ });
    expect(row).toHaveTextContent('€ 35,00 per uur');
    expect(row).toHaveTextContent('€ 31,50 per uur');
    expect(screen.getByText('Voorrijkosten € 5,00 buiten Utrecht.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /prijslijst/ })).not.toBeInTheDocument();
  });

  it('shows only the checks Kring has done', async () => {
    await openProfile(publicApi());
    const badges = screen.getByRole('region', { name: 'Gezien door Kring' });
    expect(
      within(badges)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Identiteitsbewijs gezien']);
  });

  it('leaves out “Gezien door Kring” without any check, and shows the video and price list', async () => {
    const api = publicApi({
      [`GET /api/v1/providers/${PIETER_ID}`]: json(
        pieterWith({
          badges: {
            identity_document_seen: false,
            seen_in_person: false,
            introduction_video: false,
          },
          video: { url: `/api/v1/providers/${PIETER_ID}/video?v=3`, media_type: 'video/mp4' },
          price_list: { url: `/api/v1/providers/${PIETER_ID}/price-list`, bytes: 250_000 },
        }),
      ),
    });
    await openProfile(api);
    expect(screen.queryByRole('region', { name: 'Gezien door Kring' })).not.toBeInTheDocument();
    const video = screen.getByTestId('profile-video');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAccessibleName('Introductievideo van Pieter');
    expect(video.querySelector('source')).toHaveAttribute('type', 'video/mp4');
    expect(
      screen.getByRole('link', { name: 'Download de uitgebreide prijslijst (PDF, 245 kB)' }),
    ).toHaveAttribute('href', `/api/v1/providers/${PIETER_ID}/price-list`);
  });

  it('shows the work area on the map and in words, and the day parts', async () => {
    await openProfile(publicApi());
    const area = screen.getByRole('region', { name: 'Werkgebied van Pieter' });
    expect(within(area).getByRole('figure')).toHaveTextContent(
      'Pieter werkt in: tot 15 km rond het eigen (werk)adres.',
    );
    // The shared map: the country outlines, the circle and its centre.
    await waitFor(() =>
      expect(area.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(4),
    );
    const days = screen.getByTestId('day-parts');
    const monday = within(days).getByRole('row', { name: /Maandag/ });
    expect(monday).toHaveTextContent('Maandag✓beschikbaar✓beschikbaar–niet beschikbaar');
  });

  it('shows the reviews with the provider’s reply under a review', async () => {
    await openProfile(publicApi());
    const reviews = screen.getByTestId('reviews');
    const [jan, els] = within(reviews).getAllByRole('article') as [HTMLElement, HTMLElement];
    expect(jan).toHaveTextContent('5 sterren');
    expect(jan).toHaveTextContent(REVIEW_WITH_REPLY.text);
    const reply = within(jan).getByTestId('review-reply');
    expect(reply).toHaveTextContent('Reactie van Pieter');
    expect(reply).toHaveTextContent('Dank u wel, Jan!');
    expect(els).toHaveTextContent(REVIEW_WITHOUT_REPLY.text);
    expect(within(els).queryByTestId('review-reply')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Beoordelingen' })).toHaveTextContent(
      '4,5 van 5(2 beoordelingen)',
    );
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
    const call = api.callsTo('GET', `/api/v1/providers/${PIETER_ID}/reviews`)[0];
    expect(new URLSearchParams(call?.search).get('page')).toBe('2');
    expect(screen.getByRole('heading', { name: 'Beoordelingen' })).toHaveFocus();
  });

  it('says “Nog geen beoordelingen” without any', async () => {
    const api = publicApi({
      [`GET /api/v1/providers/${PIETER_ID}`]: json(
        pieterWith({
          rating: { average: null, count: 0 },
          reviews: { total: 0, page: 1, page_size: 10, reviews: [] },
        }),
      ),
    });
    await openProfile(api);
    expect(screen.getByRole('region', { name: 'Beoordelingen' })).toHaveTextContent(
      'Nog geen beoordelingen',
    );
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
