import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { Engagement, Proposal } from '../api/proposals';
import { providerApi } from '../home/testFixtures';
import { translations } from '../locales';

const PROPOSAL: Proposal = {
  id: '0192f0c4-0000-7000-8000-0000000f0001',
  dossier_id: '0192f0c4-0000-7000-8000-0000000d0001',
  helper: { id: '0192f0c4-0000-7000-8000-0000000e0001', first_name: 'Anna', photo_url: null },
  help_seeker_first_name: 'Truus',
  city: 'Utrecht',
  status: 'sent',
  message: 'Truus zoekt iemand voor de boodschappen op maandag.',
  skills: [{ id: '0192f0c4-0000-7000-8000-00000000b001', name: 'Boodschappen doen' }],
  day_parts: { monday: ['morning'] },
  meeting_at: '2030-01-07T10:00:00Z',
  counter_meeting_at: null,
  hourly_rate_cents: null,
  expires_at: '2030-01-05T10:00:00Z',
  answered_at: null,
  decline_reason: null,
  partner_confirmed_at: null,
  helper_confirmed_at: null,
  end_reason: null,
  sent_by_name: 'Sanne',
  created_at: '2029-12-29T10:00:00Z',
  engagement_id: null,
};
const ONE = `/api/v1/helper/proposals/${PROPOSAL.id}`;

const ENGAGEMENT: Engagement = {
  id: '0192f0c4-0000-7000-8000-0000000a0001',
  dossier_id: PROPOSAL.dossier_id,
  proposal_id: PROPOSAL.id,
  status: 'active',
  day_parts: { monday: ['morning'] },
  hourly_rate_cents: null,
  started_at: '2030-01-08T10:00:00Z',
  pause_reason: null,
  ended_at: null,
  end_reason: null,
  helper: {
    id: PROPOSAL.helper.id,
    first_name: 'Anna',
    last_name: 'Jansen',
    phone: '06 12345678',
    email: 'anna@example.org',
    photo_url: null,
  },
  help_seeker: {
    first_name: 'Truus',
    last_name: 'Bakker',
    phone: '030 231 0000',
    email: null,
    address: {
      street: 'Twijnstraat',
      house_number: '40',
      house_number_addition: null,
      postcode: '3511 ZL',
      city: 'Utrecht',
    },
  },
  partner: { name: 'Sanne', email: 'sanne@example.org', phone: null },
};

function renderAt(route: string, routes: Record<string, StubAnswer> = {}) {
  const api = providerApi(routes);
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route });
  return api;
}

describe('proposals for a helper', { timeout: 30_000 }, () => {
  it('lists the proposals with where each stands', async () => {
    renderAt('/proposals', {
      'GET /api/v1/helper/proposals': json({ items: [PROPOSAL], next_cursor: null }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voorstellen' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Hulp voor Truus in Utrecht' })).toHaveAttribute(
      'href',
      `/proposals/${PROPOSAL.id}`,
    );
    expect(screen.getByText('Wacht op je antwoord')).toBeInTheDocument();
  });

  it('accepts at another moment', async () => {
    const user = userEvent.setup();
    const api = renderAt(`/proposals/${PROPOSAL.id}`, {
      [`GET ${ONE}`]: json(PROPOSAL),
      [`POST ${ONE}/acceptance`]: json({
        ...PROPOSAL,
        status: 'other_moment',
        counter_meeting_at: '2030-01-09T14:00:00Z',
      }),
    });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Hulp voor Truus in Utrecht' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/zie je zodra jullie na de kennismaking/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('Ja, maar op een ander moment'));
    await user.click(screen.getByRole('button', { name: 'Dit moment voorstellen' }));
    expect(screen.getByText('Kies een moment in de toekomst.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Wanneer kun je kennismaken/), '2030-01-09T15:00');
    await user.click(screen.getByRole('button', { name: 'Dit moment voorstellen' }));
    await waitFor(() => expect(api.callsTo('POST', `${ONE}/acceptance`)).toHaveLength(1));
    const body = api.callsTo('POST', `${ONE}/acceptance`)[0]?.body as { other_moment: string };
    expect(new Date(body.other_moment).getTime()).toBe(new Date('2030-01-09T15:00').getTime());
    expect(await screen.findByRole('heading', { name: 'De kennismaking' })).toBeInTheDocument();
  });

  it('declines only with a reason, and shows the API’s refusal', async () => {
    const user = userEvent.setup();
    const api = renderAt(`/proposals/${PROPOSAL.id}`, {
      [`GET ${ONE}`]: json(PROPOSAL),
      [`POST ${ONE}/decline`]: problem(409, { detail: 'Dit voorstel is verlopen.' }),
    });
    await user.click(await screen.findByLabelText('Nee, ik wijs af', {}, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(screen.getByText('Geef een korte reden.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${ONE}/decline`)).toHaveLength(0);
    await user.type(screen.getByLabelText(/Waarom niet/), 'Geen tijd op maandag.');
    await user.click(screen.getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit voorstel is verlopen.');
    expect(api.callsTo('POST', `${ONE}/decline`)[0]?.body).toEqual({
      reason: 'Geen tijd op maandag.',
    });
  });

  it('says yes after the first meeting', async () => {
    const user = userEvent.setup();
    const accepted = { ...PROPOSAL, status: 'accepted' as const };
    const api = renderAt(`/proposals/${PROPOSAL.id}`, {
      [`GET ${ONE}`]: json(accepted),
      [`POST /api/v1/proposals/${PROPOSAL.id}/first-meeting-confirmation`]: json({
        ...accepted,
        helper_confirmed_at: '2030-01-07T12:00:00Z',
      }),
    });
    await user.click(
      await screen.findByRole('button', { name: 'Ja, ik ga verder' }, { timeout: 5000 }),
    );
    expect(await screen.findByText('Je zei ja: we wachten op de partner.')).toBeInTheDocument();
    expect(
      api.callsTo('POST', `/api/v1/proposals/${PROPOSAL.id}/first-meeting-confirmation`),
    ).toHaveLength(1);
  });

  it('shows whom I help with their contact details, and makes a calendar address once', async () => {
    const user = userEvent.setup();
    let active = false;
    renderAt('/engagements', {
      'GET /api/v1/helper/engagements': json([ENGAGEMENT]),
      'GET /api/v1/me/calendar-feed': () =>
        json({ active, created_at: active ? '2030-01-08T10:00:00Z' : null }),
      'POST /api/v1/me/calendar-feed': () => {
        active = true;
        return json({ url: 'https://kring.example/api/v1/calendar/abc.ics' }, 201);
      },
    });
    const truus = await screen.findByRole('article', { name: 'Truus Bakker' }, { timeout: 5000 });
    expect(within(truus).getByText(/Twijnstraat 40/)).toBeInTheDocument();
    expect(within(truus).getByRole('link', { name: '030 231 0000' })).toHaveAttribute(
      'href',
      'tel:030 231 0000',
    );
    await user.click(screen.getByRole('button', { name: 'Maak mijn agenda-adres' }));
    expect(
      await screen.findByDisplayValue('https://kring.example/api/v1/calendar/abc.ics'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Adres stopzetten' })).toBeInTheDocument();
  });
});
