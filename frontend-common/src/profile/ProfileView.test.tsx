// The profile as customers see it, piece by piece, as both portals show it: the partner portal's
// public page (links, the contact form) and the provider portal's preview (text, a shown button).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withInformalDutch } from '../auth/informalDutch';
import { renderWithProviders } from '../test/renderWithProviders';
import { ProfileView, type ProfileViewProps } from './ProfileView';
import { AMERSFOORT, pieterWith, UTRECHT } from './testProfile';
import type { ShownProfile } from './types';

const LINKS = { home: '/', category: (slug: string) => `/?category=${slug}` };

function renderProfile(profile: ShownProfile, props: Partial<ProfileViewProps> = {}) {
  return renderWithProviders(
    <ProfileView profile={profile} links={LINKS} contact={{ href: '/contact' }} {...props} />,
  );
}

/** Amounts are written with a non-breaking space after the euro sign. */
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ');

describe('the way there and who it is', () => {
  it('links the breadcrumb on the public page, as a navigation landmark', () => {
    renderProfile(pieterWith());
    const crumbs = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(within(crumbs).getByRole('link', { name: 'Startpagina' })).toHaveAttribute('href', '/');
    expect(within(crumbs).getByRole('link', { name: 'Klusjesmannen' })).toHaveAttribute(
      'href',
      '/?category=klusjesmannen',
    );
    expect(within(crumbs).getByText('Pieter Dienstverlener')).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('writes the breadcrumb as text without links (the preview)', () => {
    const { container } = renderProfile(pieterWith(), { links: undefined });
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Startpagina' })).not.toBeInTheDocument();
    expect(container).toHaveTextContent('Startpagina›Klusjesmannen›Pieter Dienstverlener');
    expect(screen.getByText('Pieter Dienstverlener')).not.toHaveAttribute('aria-current');
  });

  it('introduces the provider with the photo, the company, the categories and the rating', () => {
    renderProfile(
      pieterWith({
        photo_urls: { small: '/photo/small', medium: '/photo/medium', large: '/photo/large' },
      }),
    );
    expect(screen.getByRole('img', { name: 'Foto van Pieter Dienstverlener' })).toHaveAttribute(
      'src',
      '/photo/medium',
    );
    expect(screen.getByText('Klushulp Pieter')).toBeInTheDocument();
    expect(screen.getByText('Diensten: Klusjesmannen')).toBeInTheDocument();
    expect(screen.getByText('4,5 van 5')).toBeInTheDocument();
    expect(screen.getByText('(2 beoordelingen)')).toBeInTheDocument();
    expect(screen.getByText('Ik help u met kleine klussen in en om het huis.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Over Pieter' })).toBeInTheDocument();
    expect(screen.getByText('Ik ben Pieter, al twintig jaar handig in huis.')).toBeInTheDocument();
  });

  it('shows initials without a photo (hidden from screen readers), and no rating when unknown', () => {
    renderProfile(
      pieterWith({ rating: undefined, company_name: null, profile_text: '', categories: [] }),
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const initials = screen.getByText('PD');
    expect(initials.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByText(/beoordeling/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Diensten:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Over Pieter' })).not.toBeInTheDocument();
  });

  it('says that there are no reviews yet when the rating has none', () => {
    renderProfile(pieterWith({ rating: { average: null, count: 0 } }));
    expect(screen.getByText('Nog geen beoordelingen')).toBeInTheDocument();
  });

  it('puts the headings under the page’s: h1 and h2 as the page, h2 and h3 under a page title', () => {
    const sections = [
      'Over Pieter',
      'Diensten en prijzen',
      'Gezien door Kring',
      'Werkgebied van Pieter',
      'Beschikbaarheid',
    ];
    const { unmount } = renderProfile(pieterWith());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Maak kennis met Pieter');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      sections,
    );
    unmount();

    renderProfile(pieterWith(), { order: 2 });
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Maak kennis met Pieter');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      sections,
    );
  });
});

describe('services and prices', () => {
  it('lists the services with the customer price and the member price', () => {
    renderProfile(pieterWith());
    const table = screen.getByTestId('services-table');
    expect(table).toHaveAccessibleName('Diensten en prijzen');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dienst', 'Prijs', 'Ledenprijs']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => plain(row.textContent))).toEqual([
      'Kleine klussenLampen, planken, kastjes en kranen.€ 35,00 per uur€ 31,50 per uur',
      'Meubels in elkaar zettenEén kast of bed, inclusief opruimen.€ 45,00 per dienst€ 40,50 per dienst',
    ]);
    // Each service names its row.
    expect(within(table).getByRole('rowheader', { name: /Kleine klussen/ })).toBeInTheDocument();
    expect(screen.getByText('Leden van Kring krijgen 10% korting.')).toBeInTheDocument();
    expect(screen.getByText('Voorrijkosten € 5,00 buiten Utrecht.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /prijslijst/ })).not.toBeInTheDocument();
  });

  it('says so without services, and offers the price list to download with its size', () => {
    renderProfile(
      pieterWith({
        services: [],
        price_note: '',
        price_list: { url: '/price-list.pdf', bytes: 250_000 },
      }),
    );
    expect(screen.queryByTestId('services-table')).not.toBeInTheDocument();
    expect(screen.getByText('Er staan nog geen diensten op dit profiel.')).toBeInTheDocument();
    expect(screen.queryByText(/10% korting/)).not.toBeInTheDocument();
    const download = screen.getByRole('link', {
      name: 'Download de uitgebreide prijslijst (PDF, 245 kB)',
    });
    expect(download).toHaveAttribute('href', '/price-list.pdf');
    expect(download).toHaveAttribute('download');
  });
});

describe('the introduction video', () => {
  it('plays in the browser’s own player, named after the provider', () => {
    renderProfile(pieterWith({ video: { url: '/video?v=3', media_type: 'video/mp4' } }));
    expect(screen.getByRole('heading', { name: 'Introductievideo' })).toBeInTheDocument();
    const video = screen.getByTestId('profile-video');
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAccessibleName('Introductievideo van Pieter');
    expect(video.querySelector('source')).toHaveAttribute('src', '/video?v=3');
    expect(video.querySelector('source')).toHaveAttribute('type', 'video/mp4');
  });

  it('is left out without one', () => {
    renderProfile(pieterWith());
    expect(screen.queryByTestId('profile-video')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Introductievideo' })).not.toBeInTheDocument();
  });
});

describe('Gezien door Kring', () => {
  it('shows only the checks Kring has done', () => {
    renderProfile(
      pieterWith({
        badges: { identity_document_seen: false, seen_in_person: true, introduction_video: true },
      }),
    );
    const badges = screen.getByRole('region', { name: 'Gezien door Kring' });
    expect(
      within(badges)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Persoonlijk gezien', '✓Introductievideo']);
    expect(badges).not.toHaveTextContent('Identiteitsbewijs gezien');
    // An answer without the VOG's badge (it is optional) shows no VOG.
    expect(badges).not.toHaveTextContent('VOG');
  });

  it('shows the confirmed certificate of conduct (VOG) among the checks', () => {
    renderProfile(
      pieterWith({
        badges: {
          identity_document_seen: true,
          seen_in_person: false,
          certificate_of_conduct: true,
          introduction_video: false,
        },
      }),
    );
    const badges = screen.getByRole('region', { name: 'Gezien door Kring' });
    expect(
      within(badges)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Identiteitsbewijs gezien', '✓VOG gecontroleerd']);
  });

  it('is left out without any check, or says the preview’s hint', () => {
    const none = {
      identity_document_seen: false,
      seen_in_person: false,
      introduction_video: false,
    };
    const { unmount } = renderProfile(pieterWith({ badges: none }));
    expect(screen.queryByRole('region', { name: 'Gezien door Kring' })).not.toBeInTheDocument();
    unmount();

    renderProfile(pieterWith({ badges: none }), { badgesHint: 'Hier komen de vinkjes.' });
    const badges = screen.getByRole('region', { name: 'Gezien door Kring' });
    expect(badges).toHaveTextContent('Hier komen de vinkjes.');
    expect(within(badges).queryByRole('listitem')).not.toBeInTheDocument();
  });
});

describe('the work area', () => {
  it('shows the circle on the shared map and the same in words', async () => {
    renderProfile(pieterWith());
    const area = screen.getByRole('region', { name: 'Werkgebied van Pieter' });
    expect(area).toHaveTextContent('Pieter bedient klanten in het gebied hieronder.');
    expect(within(area).getByRole('figure')).toHaveTextContent(
      'Pieter werkt in: tot 15 km rond het eigen (werk)adres.',
    );
    // The country outlines, the circle and its centre; the centre has no name on the map.
    await waitFor(() =>
      expect(area.querySelectorAll('.leaflet-overlay-pane path')).toHaveLength(4),
    );
    expect(area.querySelector('.leaflet-tooltip')).toBeNull();
  });

  it('names the places, or the whole country', async () => {
    const { unmount } = renderProfile(
      pieterWith({ work_area_kind: 'places', places: [AMERSFOORT, UTRECHT], radius_km: null }),
    );
    const area = screen.getByRole('region', { name: 'Werkgebied van Pieter' });
    expect(within(area).getByRole('figure')).toHaveTextContent(
      'Pieter werkt in: Amersfoort, Utrecht.',
    );
    await waitFor(() => expect(area.querySelectorAll('.leaflet-tooltip')).toHaveLength(2));
    unmount();

    renderProfile(pieterWith({ work_area_kind: 'country', radius_km: null }));
    expect(screen.getByRole('figure')).toHaveTextContent('Pieter werkt in: heel Nederland.');
  });

  it('says so without a work area, and shows no map', () => {
    renderProfile(
      pieterWith({ work_area_kind: null, radius_km: null, latitude: null, longitude: null }),
    );
    const area = screen.getByRole('region', { name: 'Werkgebied van Pieter' });
    expect(area).toHaveTextContent('Pieter heeft nog geen werkgebied opgegeven.');
    expect(within(area).queryByRole('figure')).not.toBeInTheDocument();
  });
});

describe('the week', () => {
  it('ticks the day parts in a table that says them in words', () => {
    renderProfile(pieterWith());
    const week = screen.getByTestId('day-parts');
    expect(week).toHaveAccessibleName('Beschikbaarheid');
    expect(week).toHaveAccessibleDescription(
      'Op deze dagdelen is Pieter meestal beschikbaar. Een afspraak maakt u altijd samen.',
    );
    expect(
      within(week)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dag', 'Ochtend', 'Middag', 'Avond']);
    expect(
      within(week)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag']);
    const monday = within(week).getByRole('row', { name: /Maandag/ });
    expect(
      within(monday)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['✓beschikbaar', '✓beschikbaar', '–niet beschikbaar']);
  });

  it('says so without any day part', () => {
    renderProfile(pieterWith({ day_parts: {} }));
    expect(screen.queryByTestId('day-parts')).not.toBeInTheDocument();
    expect(screen.getByText('Pieter heeft nog geen dagdelen opgegeven.')).toBeInTheDocument();
  });

  it('says “je” where the portal speaks informal Dutch', () => {
    renderWithProviders(<ProfileView profile={pieterWith()} contact={{}} />, {
      translations: withInformalDutch({ nl: {}, fr: {}, en: {} }),
    });
    expect(screen.getByTestId('day-parts')).toHaveAccessibleDescription(
      'Op deze dagdelen is Pieter meestal beschikbaar. Een afspraak maak je altijd samen.',
    );
  });
});

describe('the contact button', () => {
  it('leads to the contact form, beside the profile and in the bar at the bottom on phones', () => {
    renderProfile(pieterWith());
    const buttons = screen.getAllByRole('link', { name: 'Contact opnemen met Pieter' });
    expect(buttons).toHaveLength(2);
    for (const button of buttons) expect(button).toHaveAttribute('href', '/contact');
    expect(screen.queryByRole('button', { name: /Contact opnemen/ })).not.toBeInTheDocument();
  });

  it('is only shown without a form, once, and described by its note', () => {
    renderProfile(pieterWith(), { contact: { note: 'In dit voorbeeld doet de knop niets.' } });
    expect(screen.queryByRole('link', { name: /Contact opnemen/ })).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Contact opnemen met Pieter' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('In dit voorbeeld doet de knop niets.');
    expect(screen.getByText('In dit voorbeeld doet de knop niets.')).toBeVisible();
  });

  it('speaks the portal’s language', async () => {
    const { i18n } = renderProfile(pieterWith());
    await i18n.changeLanguage('fr');
    expect(await screen.findAllByRole('link', { name: 'Contacter Pieter' })).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Faites connaissance avec Pieter',
    );
    expect(screen.getByRole('figure')).toHaveTextContent(
      "Pieter intervient jusqu'à 15 km autour de son adresse (professionnelle).",
    );
    expect(
      within(screen.getByTestId('day-parts')).getByRole('row', { name: /Lundi/ }),
    ).toHaveTextContent('Lundi✓disponible✓disponible–pas disponible');
  });
});
