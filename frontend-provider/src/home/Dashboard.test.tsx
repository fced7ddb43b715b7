import { json, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { PHOTO, profileWith } from '../test/wizardFixtures';
import { inboxPage, liveProfile, NOW, providerApi, statistics, VIDEO } from './testFixtures';
import type { ProviderProfile } from '../api/profile';

function renderHome(profile: ProviderProfile, routes: Record<string, StubAnswer> = {}) {
  const api = providerApi(routes, profile);
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch });
  return api;
}

// Only the clock is fixed (the periods count back from today); timers run as usual.
beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The figures as they read: term, then what it says (the figure is drawn on top of its term). */
async function figures() {
  const stats = await screen.findByRole('region', { name: 'Statistieken' });
  await within(stats).findAllByRole('definition');
  return within(stats)
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
}

const checklist = () => screen.getByRole('region', { name: 'Maak je profiel compleet' });

describe('the home page of a provider', () => {
  it('welcomes a live provider with the links of the source’s welcome message', async () => {
    renderHome(liveProfile());

    // The first page of the file loads its lazy chunks cold: give a busy machine time.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Krijg je een contactverzoek? Reageer dan altijd binnen twee werkdagen: dat is verplicht.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bekijk je profiel' })).toHaveAttribute(
      'href',
      '/profile/preview',
    );
    expect(screen.getByRole('link', { name: 'Naar je instellingen' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(screen.getByRole('link', { name: 'Naar je video' })).toHaveAttribute('href', '/video');
    expect(screen.getByRole('link', { name: 'Bekijk de pakketten' })).toHaveAttribute(
      'href',
      '/promotion',
    );
    // The inbox: how many requests wait for an answer, the late ones in red, and the way there.
    const requests = screen.getByRole('article', { name: 'Contactverzoeken' });
    expect(await within(requests).findByTestId('home-requests-counts')).toHaveTextContent(
      'Er wachten 2 contactverzoeken op je reactie, waarvan 1 te laat. Reageer zo snel mogelijk.',
    );
    expect(within(requests).getByText('1 te laat')).toBeInTheDocument();
    expect(
      within(requests).getByRole('link', { name: 'Naar je contactverzoeken' }),
    ).toHaveAttribute('href', '/requests');
    // The sign-up is done: no way back into the wizard.
    expect(
      screen.queryByRole('complementary', { name: 'Je aanmelding als dienstverlener' }),
    ).not.toBeInTheDocument();
  });

  it('says when no request waits for an answer', async () => {
    renderHome(liveProfile(), {
      'GET /api/v1/provider/contact-requests': () => json(inboxPage({ open: 0, overdue: 0 })),
    });

    const requests = await screen.findByRole('article', { name: 'Contactverzoeken' });
    expect(await within(requests).findByTestId('home-requests-counts')).toHaveTextContent(
      'Er wacht geen contactverzoek op je reactie.',
    );
    expect(within(requests).queryByText(/te laat/)).not.toBeInTheDocument();
  });

  it('shows the source’s three figures and how fast I answer, over the last 12 weeks', async () => {
    const api = renderHome(liveProfile());

    expect(await figures()).toEqual([
      ['Contactverzoeken', '6'],
      ['Gemaakte afspraken', '2'],
      ['Gemiddelde beoordeling', '4,0 uit 5(3 beoordelingen)'],
      ['Mediane reactietijd', '1 uur 30 min'],
      ['Binnen de termijn beantwoord', '50%'],
    ]);
    const stats = screen.getByRole('region', { name: 'Statistieken' });
    expect(within(stats).getByTestId('stats-period')).toHaveTextContent(
      'Van 6 oktober 2026 tot en met 28 december 2026',
    );
    // Today in Utrecht and the 84 days up to it: the API's own default, asked for explicitly.
    expect(api.callsTo('GET', '/api/v1/provider/statistics')[0]?.search).toBe(
      '?from=2026-10-06&to=2026-12-28',
    );
    expect(within(stats).getByRole('radio', { name: '12 weken' })).toBeChecked();
  });

  it('asks for another period when I choose one', async () => {
    const user = userEvent.setup();
    const api = renderHome(liveProfile(), {
      'GET /api/v1/provider/statistics': (call) => {
        const query = new URLSearchParams(call.search);
        return json(
          statistics({
            period_from: query.get('from') ?? '',
            period_to: query.get('to') ?? '',
            requests: query.get('from') === '2026-12-01' ? 2 : 6,
          }),
        );
      },
    });
    await figures();
    const stats = screen.getByRole('region', { name: 'Statistieken' });

    await user.click(within(stats).getByRole('radio', { name: '4 weken' }));
    await waitFor(() =>
      expect(within(stats).getByTestId('stat-requests')).toHaveTextContent('Contactverzoeken2'),
    );
    expect(within(stats).getByTestId('stats-period')).toHaveTextContent(
      'Van 1 december 2026 tot en met 28 december 2026',
    );
    await user.click(within(stats).getByRole('radio', { name: '12 maanden' }));
    await waitFor(() => expect(api.callsTo('GET', '/api/v1/provider/statistics')).toHaveLength(3));
    expect(api.callsTo('GET', '/api/v1/provider/statistics').map((call) => call.search)).toEqual([
      '?from=2026-10-06&to=2026-12-28',
      '?from=2026-12-01&to=2026-12-28',
      '?from=2025-12-29&to=2026-12-28',
    ]);
  });

  it('puts the requests per week in a table for those who cannot see the chart', async () => {
    renderHome(liveProfile());
    await figures();

    const chart = screen.getByRole('figure', { name: 'Contactverzoeken per week' });
    // The bars are a picture only: hidden from screen readers, which get the table.
    expect(chart.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    const table = within(chart).getByRole('table', { name: 'Contactverzoeken per week' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    ).toEqual([
      ['Week vanaf', 'Contactverzoeken'],
      ['7 december 2026', '1'],
      ['14 december 2026', '3'],
      ['21 december 2026', '2'],
    ]);
  });

  it('shows a dash, never a made-up number, for what cannot be computed yet', async () => {
    renderHome(liveProfile(), {
      'GET /api/v1/provider/statistics': () =>
        json(
          statistics({
            requests: 0,
            appointments: 0,
            answered: 0,
            median_response_minutes: null,
            within_deadline_share: null,
            rating: { average: null, count: 0 },
            per_week: [],
          }),
        ),
    });

    expect(await figures()).toEqual([
      ['Contactverzoeken', '0'],
      ['Gemaakte afspraken', '0'],
      ['Gemiddelde beoordeling', '—nog geen beoordelingen'],
      ['Mediane reactietijd', '—nog geen cijfers'],
      ['Binnen de termijn beantwoord', '—nog geen cijfers'],
    ]);
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows a response time under a minute short on screen, in words for screen readers', async () => {
    renderHome(liveProfile(), {
      'GET /api/v1/provider/statistics': () =>
        json(statistics({ median_response_minutes: 0.4, within_deadline_share: 1 })),
    });

    const shown = await figures();
    expect(shown[3]).toEqual(['Mediane reactietijd', '< 1 minminder dan 1 min']);
    expect(shown[4]).toEqual(['Binnen de termijn beantwoord', '100%']);
  });

  it('lists what the profile still lacks, each with the way to add it in the settings', async () => {
    renderHome(liveProfile());

    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' });
    expect(checklist()).toHaveTextContent('1 van 5 klaar');
    expect(within(checklist()).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByTestId('complete-introduction')).toHaveTextContent('klaar');
    expect(screen.getByTestId('complete-services')).toHaveTextContent(
      'Minstens 3 diensten met een prijs · nog te doen',
    );
    const links = within(checklist())
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Foto toevoegen', '/settings?tab=profile'],
      ['Diensten toevoegen', '/settings?tab=services'],
      ['Prijslijst uploaden', '/settings?tab=services'],
      ['Video opnemen', '/video'],
    ]);
    expect(
      screen.getByRole('region', { name: 'Tips: zo krijg je meer klanten' }),
    ).toHaveTextContent('Reageer binnen twee werkdagen op elk contactverzoek.');
  });

  it('counts a photo and a video once they are there', async () => {
    renderHome(liveProfile({ photo: PHOTO, video: VIDEO }));

    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' });
    expect(checklist()).toHaveTextContent('3 van 5 klaar');
    expect(screen.getByTestId('complete-photo')).toHaveAttribute('data-done', 'true');
    expect(screen.getByTestId('complete-video')).toHaveAttribute('data-done', 'true');
    expect(within(checklist()).queryByRole('link', { name: 'Video opnemen' })).toBeNull();
  });

  it('asks a provider who is not live yet to finish the sign-up, with the progress', async () => {
    renderHome(
      profileWith(['personal', 'company', 'profile', 'availability', 'services'], {
        status: 'awaiting_payment',
        photo: null,
        price_list: null,
        video: null,
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Maak je aanmelding af' }),
    ).toBeInTheDocument();
    const card = await screen.findByRole('complementary', {
      name: 'Je aanmelding als dienstverlener',
    });
    expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
    expect(within(card).getByRole('link', { name: 'Verder met je aanmelding' })).toHaveAttribute(
      'href',
      '/signup/payment',
    );
    // Still in the wizard: the profile is filled in there, and there is no inbox or statistics yet.
    expect(within(checklist()).getByRole('link', { name: 'Foto toevoegen' })).toHaveAttribute(
      'href',
      '/signup/profile',
    );
    expect(screen.getByRole('link', { name: 'Bekijk je profiel' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Statistieken' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Contactverzoeken' })).not.toBeInTheDocument();
  });

  it('says what a provider with a KvK number still needs to go live, with the way to each', async () => {
    renderHome(
      profileWith(['personal', 'company', 'profile'], {
        photo: null,
        price_list: null,
        video: null,
      }),
    );

    const card = await screen.findByRole('region', { name: 'Nodig om online te gaan' });
    expect(card).toHaveTextContent('Met een KvK-nummer heb je ook een VOG nodig');
    expect(within(card).getByTestId('missing-steps')).toHaveTextContent('Je aanmelding afronden');
    // The fee waits for the steps; the VOG can be uploaded now, in the wizard's company step.
    expect(within(card).getByTestId('missing-fee')).toHaveTextContent(
      'De administratieve bijdrage van € 10,00 betalen',
    );
    expect(within(card).getByTestId('missing-fee')).toHaveTextContent(
      'Dat kan zodra je aanmelding af is.',
    );
    expect(within(card).queryByRole('link', { name: 'Naar de betaling' })).toBeNull();
    expect(within(card).getByRole('link', { name: 'VOG uploaden' })).toHaveAttribute(
      'href',
      '/signup/company',
    );
  });

  it('tells a paid provider that Kring is checking the VOG, and where to see it', async () => {
    renderHome(
      liveProfile({
        status: 'awaiting_vog',
        fee_paid: true,
        missing_for_live: ['vog_waiting'],
      }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Je aanmelding is klaar en betaald. Je profiel gaat online zodra Kring je Verklaring Omtrent het Gedrag (VOG) heeft bevestigd.',
      ),
    ).toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Nodig om online te gaan' });
    expect(within(card).getAllByRole('listitem')).toHaveLength(1);
    expect(within(card).getByTestId('missing-vog_waiting')).toHaveTextContent(
      'Kring controleert je VOG',
    );
    expect(within(card).getByRole('link', { name: 'Bekijk je VOG' })).toHaveAttribute(
      'href',
      '/settings?tab=company',
    );
    // Signed up: no way back into the wizard, and the environment's menu is there.
    expect(
      screen.queryByRole('complementary', { name: 'Je aanmelding als dienstverlener' }),
    ).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Instellingen' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Statistieken' })).not.toBeInTheDocument();
  });

  it('gives Kring’s reason when the VOG was rejected', async () => {
    renderHome(
      liveProfile({
        status: 'awaiting_vog',
        fee_paid: true,
        missing_for_live: ['vog_rejected'],
        vog: {
          url: '/api/v1/provider/profile/vog',
          bytes: 182_044,
          uploaded_at: '2026-11-20T09:30:00Z',
          status: 'rejected',
          issued_on: null,
          rejection_reason: 'Dit is de aanvraag, niet de verklaring zelf.',
        },
      }),
    );

    const card = await screen.findByRole('region', { name: 'Nodig om online te gaan' });
    expect(within(card).getByTestId('missing-vog_rejected')).toHaveTextContent(
      'Je VOG is afgekeurd',
    );
    expect(within(card).getByTestId('vog-rejection-reason')).toHaveTextContent(
      'Reden: Dit is de aanvraag, niet de verklaring zelf.',
    );
    expect(within(card).getByRole('link', { name: 'Nieuwe VOG uploaden' })).toHaveAttribute(
      'href',
      '/settings?tab=company',
    );
  });

  it('shows nothing to go live for once the profile is live', async () => {
    renderHome(liveProfile());
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Bert' });
    expect(screen.queryByRole('region', { name: 'Nodig om online te gaan' })).toBeNull();
  });
});
