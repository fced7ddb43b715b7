// The preview page: my own profile, mapped to the public profile's shape, in frontend-common's
// profile view (whose pieces are tested there, in src/profile/), under this portal's banner.
import { renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { ProviderProfile } from '../api/profile';
import { liveProfile, VIDEO } from '../home/testFixtures';
import { translations } from '../locales';
import { PHOTO, PRICE_LIST, profileWith, wizardApi } from '../test/wizardFixtures';
import { toShownProfile } from './publicProfile';

async function renderPreview(profile: ProviderProfile) {
  renderWithProviders(<AppRoutes />, {
    translations,
    fetch: wizardApi(profile).fetch,
    route: '/profile/preview',
  });
  await screen.findByRole('heading', { level: 1, name: 'Zo zien klanten je profiel' });
}

describe('my profile as customers see it', () => {
  it('says the profile is online and shows it under the page’s own title', async () => {
    await renderPreview(liveProfile({ photo: PHOTO }));

    expect(screen.getByTestId('profile-status')).toHaveTextContent('Online');
    expect(
      screen.getByRole('link', { name: 'Iets aanpassen? Naar je instellingen' }),
    ).toHaveAttribute('href', '/settings');
    const example = screen.getByRole('region', { name: 'Voorbeeld van je profiel' });
    // Startpagina › first category › my name as customers read it, as text: those pages are the
    // public site's, so no links and no navigation landmark.
    expect(example).toHaveTextContent('Startpagina›Computerhulp›Bert Vries');
    expect(within(example).queryByRole('navigation')).not.toBeInTheDocument();
    expect(within(example).queryAllByRole('link', { name: /Startpagina|Computerhulp/ })).toEqual(
      [],
    );
    // The profile's title is an h2 under the page's h1, its sections h3.
    expect(
      within(example).getByRole('heading', { level: 2, name: 'Maak kennis met Bert' }),
    ).toBeInTheDocument();
    expect(within(example).queryAllByRole('heading', { level: 1 })).toEqual([]);
    expect(
      within(example)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Over Bert',
      'Diensten en prijzen',
      'Gezien door Kring',
      'Werkgebied van Bert',
      'Beschikbaarheid',
    ]);
    // My own photo, under my name as customers see it.
    expect(within(example).getByRole('img', { name: 'Foto van Bert Vries' })).toHaveAttribute(
      'src',
      PHOTO.urls.medium,
    );
    expect(example).toHaveTextContent('Ik help je met kleine klussen in en om het huis.');
    expect(example).toHaveTextContent('Ik ben Bert, al twintig jaar handig in huis.');
    // Without reviews in my profile the preview says nothing about them.
    expect(example).not.toHaveTextContent(/beoordeling/i);
  });

  it('shows my services, files, checks, area and week as the public page does, in my Dutch', async () => {
    await renderPreview(
      liveProfile({
        video: VIDEO,
        price_list: PRICE_LIST,
        badges: { identity_document_seen: false, seen_in_person: true, introduction_video: true },
      }),
    );

    const table = screen.getByTestId('services-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /Meubels in elkaar zetten/ })).toHaveTextContent(
      /€\s45,00 per dienst€\s40,50 per dienst/,
    );
    expect(screen.getByText('Voorrijkosten € 5,00 buiten Utrecht.')).toBeInTheDocument();
    expect(screen.getByTestId('profile-video').querySelector('source')).toHaveAttribute(
      'src',
      VIDEO.url,
    );
    expect(
      screen.getByRole('link', { name: /Download de uitgebreide prijslijst/ }),
    ).toHaveAttribute('href', PRICE_LIST.url);
    expect(
      within(screen.getByRole('region', { name: 'Gezien door Kring' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Persoonlijk gezien', '✓Introductievideo']);
    // The area as customers read it: not the address's town, which the public page keeps private.
    expect(screen.getByRole('region', { name: 'Werkgebied van Bert' })).toHaveTextContent(
      'Bert werkt in: tot 15 km rond het eigen (werk)adres.',
    );
    expect(
      within(screen.getByTestId('day-parts')).getByRole('row', { name: /Vrijdag/ }),
    ).toHaveTextContent('Vrijdag–niet beschikbaar–niet beschikbaar✓beschikbaar');
    // This portal says "je", also in the shared texts.
    expect(screen.getByText(/Een afspraak maak je altijd samen\./)).toBeInTheDocument();
  });

  it('only shows the contact button, and says why it does nothing', async () => {
    await renderPreview(liveProfile());

    const contacts = screen.getAllByRole('button', { name: 'Contact opnemen met Bert' });
    // One button, also on phones: no bar stuck to the bottom in the preview.
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toBeDisabled();
    expect(contacts[0]).toHaveAccessibleDescription(
      'Klanten zien hier een knop om contact met je op te nemen. In dit voorbeeld doet de knop niets.',
    );
    expect(screen.queryByRole('link', { name: /Contact opnemen/ })).not.toBeInTheDocument();
  });

  it('tells a provider who is not live yet, with the way back to the sign-up', async () => {
    await renderPreview(
      profileWith(['personal', 'company', 'profile', 'availability', 'services'], {
        status: 'awaiting_payment',
        photo: null,
        price_list: null,
        video: null,
        badges: { identity_document_seen: false, seen_in_person: false, introduction_video: false },
      }),
    );

    expect(screen.getByTestId('profile-status')).toHaveTextContent('Nog niet online');
    expect(screen.getByRole('link', { name: 'Maak je aanmelding af' })).toHaveAttribute(
      'href',
      '/signup/payment',
    );
    // Nothing checked yet: the preview says what will come there (customers see nothing).
    expect(screen.getByRole('region', { name: 'Gezien door Kring' })).toHaveTextContent(
      'Kring zet hier vinkjes zodra we iets hebben gecontroleerd',
    );
    expect(screen.queryByTestId('profile-video')).not.toBeInTheDocument();
  });
});

describe('toShownProfile', () => {
  it('gives my profile the public profile’s shape, with the address rounded as the API does', () => {
    const shown = toShownProfile(
      liveProfile({ photo: PHOTO, video: VIDEO, price_list: PRICE_LIST }),
      'Bert Vries',
    );
    expect(shown.name).toBe('Bert Vries');
    expect(shown.photo_urls).toEqual(PHOTO.urls);
    // Only what the public profile has: no upload dates, no crop, no address.
    expect(shown.video).toEqual({ url: VIDEO.url, media_type: VIDEO.media_type });
    expect(shown.price_list).toEqual({ url: PRICE_LIST.url, bytes: PRICE_LIST.bytes });
    expect(shown).not.toHaveProperty('address');
    expect(shown).not.toHaveProperty('rating');
    expect([shown.latitude, shown.longitude]).toEqual([52.09, 5.12]);
    // Before my name is known, my first name.
    expect(toShownProfile(liveProfile(), '').name).toBe('Bert');
  });
});
