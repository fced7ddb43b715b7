import { renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { ProviderProfile } from '../api/profile';
import { liveProfile, VIDEO } from '../home/testFixtures';
import { translations } from '../locales';
import { PHOTO, PRICE_LIST, profileWith, wizardApi } from '../test/wizardFixtures';

async function renderPreview(profile: ProviderProfile) {
  renderWithProviders(<AppRoutes />, {
    translations,
    fetch: wizardApi(profile).fetch,
    route: '/profile/preview',
  });
  await screen.findByRole('heading', { level: 1, name: 'Zo zien klanten je profiel' });
}

describe('my profile as customers see it', () => {
  it('says the profile is online and shows it as the source’s profile page', async () => {
    await renderPreview(liveProfile({ photo: PHOTO }));

    expect(screen.getByTestId('profile-status')).toHaveTextContent('Online');
    expect(
      screen.getByRole('link', { name: 'Iets aanpassen? Naar je instellingen' }),
    ).toHaveAttribute('href', '/settings');
    const example = screen.getByRole('region', { name: 'Voorbeeld van je profiel' });
    // Startpagina › first category › name, as text: those pages are the public site's.
    expect(example).toHaveTextContent('Startpagina›Computerhulp›Bert');
    expect(
      within(example).getByRole('heading', { level: 2, name: 'Maak kennis met Bert' }),
    ).toBeInTheDocument();
    expect(within(example).getByRole('img', { name: 'Foto van Bert' })).toHaveAttribute(
      'src',
      PHOTO.urls.medium,
    );
    expect(example).toHaveTextContent('Ik help je met kleine klussen in en om het huis.');
    expect(example).toHaveTextContent('Ik ben Bert, al twintig jaar handig in huis.');
    expect(example).toHaveTextContent('Voorrijkosten € 5,00 buiten Utrecht.');
  });

  it('lists the services with the customer price and the member price', async () => {
    await renderPreview(liveProfile());

    const table = screen.getByTestId('services-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dienst', 'Prijs', 'Ledenprijs']);
    const rows = within(table).getAllByRole('row').slice(1);
    // Amounts are written with a non-breaking space after the euro sign.
    expect(rows.map((row) => row.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      'Kleine klussenLampen, planken, kastjes en kranen.€ 35,00 per uur€ 31,50 per uur',
      'Meubels in elkaar zettenEén kast of bed, inclusief opruimen.€ 45,00 per dienst€ 40,50 per dienst',
    ]);
    expect(screen.getByText('Leden van Kring krijgen 10% korting.')).toBeInTheDocument();
  });

  it('shows only the checks Kring has done, the video and the price list', async () => {
    await renderPreview(
      liveProfile({
        video: VIDEO,
        price_list: PRICE_LIST,
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
    const video = screen.getByLabelText('Introductievideo van Bert');
    expect(video.tagName).toBe('VIDEO');
    expect(video).toHaveAttribute('src', VIDEO.url);
    expect(video).toHaveAttribute('controls');
    const download = screen.getByRole('link', { name: /Download de uitgebreide prijslijst/ });
    expect(download).toHaveAttribute('href', PRICE_LIST.url);
    expect(download).toHaveAttribute('download');
  });

  it('says where and when the provider works, and that the contact button is only shown', async () => {
    await renderPreview(liveProfile());

    const area = screen.getByRole('region', { name: 'Werkgebied van Bert' });
    expect(within(area).getByTestId('work-area-summary')).toHaveTextContent(
      'Tot 15 km rond Utrecht.',
    );
    const week = screen.getByTestId('day-parts');
    const monday = within(week).getByRole('row', { name: /Maandag/ });
    expect(
      within(monday)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['✓beschikbaar', '✓beschikbaar', '–niet beschikbaar']);
    const contact = screen.getByRole('button', { name: 'Contact opnemen met Bert' });
    expect(contact).toBeDisabled();
    expect(contact).toHaveAccessibleDescription(
      'Klanten zien hier een knop om contact met je op te nemen. In dit voorbeeld doet de knop niets.',
    );
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
    expect(screen.getByRole('region', { name: 'Gezien door Kring' })).toHaveTextContent(
      'Kring zet hier vinkjes zodra we iets hebben gecontroleerd',
    );
    expect(screen.queryByLabelText('Introductievideo van Bert')).not.toBeInTheDocument();
  });
});
