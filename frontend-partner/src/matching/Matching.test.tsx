import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Proposal, Suggestion } from '../api/matching';
import { dossierWith, DOSSIER_ID, quietMatching, signedIn, SKILLS } from '../dossiers/fixtures';
import { publicApi } from '../test/fixtures';
import { renderPartner } from '../test/renderPartner';

const ROUTE = `/dossiers/${DOSSIER_ID}`;
const API = `/api/v1/dossiers/${DOSSIER_ID}`;

const searching = dossierWith({ status: 'searching', paid: true });
const skill = searching.help.skills[0] as { id: string; name: string };

const ANNA: Suggestion = {
  helper_id: '0192f0c4-0000-7000-8000-0000000e0001',
  first_name: 'Anna',
  photo_url: null,
  introduction: 'Ik wandel graag en doe boodschappen.',
  kind: 'paid',
  hourly_rate_cents: 1650,
  distance_km: 3.2,
  latitude: 52.1,
  longitude: 5.13,
  score: 82.5,
  parts: [
    { part: 'distance', points: 24, max_points: 30, detail: '3,2 km van Gerda' },
    { part: 'skills', points: 30, max_points: 30, detail: '1 van de 1 gevraagde soorten hulp' },
  ],
  misfits: ['kan niet op donderdagmiddag'],
  shared_skills: [skill],
  languages: ['nl', 'en'],
  day_parts: { monday: ['morning'], thursday: ['morning'] },
  open_proposal: null,
};

const SENT: Proposal = {
  id: '0192f0c4-0000-7000-8000-0000000f0001',
  dossier_id: DOSSIER_ID,
  helper: { id: ANNA.helper_id, first_name: 'Anna', photo_url: null },
  help_seeker_first_name: 'Gerda',
  city: 'Utrecht',
  status: 'other_moment',
  message: 'Gerda zoekt iemand voor de boodschappen.',
  skills: [skill],
  day_parts: { monday: ['morning'] },
  meeting_at: null,
  counter_meeting_at: '2026-12-10T14:00:00Z',
  hourly_rate_cents: 1650,
  expires_at: '2026-12-13T10:00:00Z',
  answered_at: '2026-12-06T12:00:00Z',
  decline_reason: null,
  partner_confirmed_at: null,
  helper_confirmed_at: null,
  end_reason: null,
  sent_by_name: 'Anna Jansen',
  created_at: '2026-12-06T10:00:00Z',
  engagement_id: null,
};

const base = {
  ...signedIn,
  ...quietMatching(API),
  [`GET ${API}/access-log`]: json({ items: [], next_cursor: null }),
  [`GET ${API}/proxies`]: json([]),
  'GET /api/v1/skills': json(SKILLS),
};

describe('matching on the dossier page', { timeout: 30_000 }, () => {
  it('tells how many helpers are near before the fee is paid, and when suggestions come', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...base,
        [`GET ${API}`]: json(dossierWith()),
        [`GET ${API}/helpers-near`]: json({ count: 12, more: false }),
      }),
    );
    // The first test loads the dossier page's code (a lazy route) cold.
    expect(await screen.findByTestId('helpers-near', {}, { timeout: 5000 })).toHaveTextContent(
      '12 helpers in de buurt van Gerda',
    );
    expect(screen.getByText(/Zodra het dossier is betaald en ingediend/)).toBeInTheDocument();
  });

  it('says "more than" where the count stops, in a city centre', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...base,
        [`GET ${API}`]: json(dossierWith()),
        [`GET ${API}/helpers-near`]: json({ count: 1000, more: true }),
      }),
    );
    expect(await screen.findByTestId('helpers-near', {}, { timeout: 5000 })).toHaveTextContent(
      /^Meer dan 1\.?000 helpers in de buurt van Gerda$/,
    );
  });

  it('shows each suggestion with why it fits and what does not, and sends a proposal', async () => {
    const user = userEvent.setup();
    let proposals: Proposal[] = [];
    const api = publicApi({
      ...base,
      [`GET ${API}`]: json(searching),
      [`GET ${API}/suggestions`]: json({
        origin: { latitude: 52.09, longitude: 5.12 },
        items: [ANNA],
      }),
      [`GET ${API}/proposals`]: () => json(proposals),
      [`POST ${API}/proposals`]: () => {
        proposals = [{ ...SENT, status: 'sent', counter_meeting_at: null, answered_at: null }];
        return json(proposals[0], 201);
      },
    });
    renderPartner(ROUTE, api);
    const card = await screen.findByRole('article', { name: '1. Anna' });
    expect(within(card).getByText('€ 16,50 per uur · 3,2 km verderop')).toBeInTheDocument();
    expect(within(card).getByText(/3,2 km van Gerda/)).toBeInTheDocument();
    expect(within(card).getByText('kan niet op donderdagmiddag')).toBeInTheDocument();
    expect(screen.getByText(/de voorgestelde helpers \(groen\)/)).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Anna een voorstel sturen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Een voorstel aan Anna' });
    await user.click(within(dialog).getByRole('button', { name: 'Voorstel versturen' }));
    expect(within(dialog).getByText('Schrijf een kort bericht.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${API}/proposals`)).toHaveLength(0);
    await user.type(within(dialog).getByLabelText(/Uw bericht/), 'Gerda zoekt iemand.');
    await user.click(within(dialog).getByRole('button', { name: 'Voorstel versturen' }));
    await waitFor(() => expect(api.callsTo('POST', `${API}/proposals`)).toHaveLength(1));
    expect(api.callsTo('POST', `${API}/proposals`)[0]?.body).toEqual({
      helper_id: ANNA.helper_id,
      message: 'Gerda zoekt iemand.',
      skill_ids: [skill.id],
      day_parts: { monday: ['morning'] },
      meeting_at: null,
      hourly_rate_cents: 1650,
    });
    const sent = await screen.findByRole('region', { name: 'Voorstellen' });
    expect(await within(sent).findByText('Wacht op antwoord')).toBeInTheDocument();
  });

  it('shows the API’s refusal of a proposal in the dialog', async () => {
    const user = userEvent.setup();
    renderPartner(
      ROUTE,
      publicApi({
        ...base,
        [`GET ${API}`]: json(searching),
        [`GET ${API}/suggestions`]: json({
          origin: { latitude: 52.09, longitude: 5.12 },
          items: [ANNA],
        }),
        [`POST ${API}/proposals`]: problem(409, { detail: 'Anna heeft al een open voorstel.' }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Anna een voorstel sturen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Uw bericht/), 'Hallo Anna.');
    await user.click(within(dialog).getByRole('button', { name: 'Voorstel versturen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Anna heeft al een open voorstel.',
    );
  });

  it('confirms the first meeting of an accepted proposal', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...base,
      [`GET ${API}`]: json(searching),
      [`GET ${API}/proposals`]: json([SENT]),
      [`POST /api/v1/proposals/${SENT.id}/first-meeting-confirmation`]: json({
        ...SENT,
        partner_confirmed_at: '2026-12-10T16:00:00Z',
      }),
    });
    renderPartner(ROUTE, api);
    const sent = await screen.findByRole('region', { name: 'Voorstellen' });
    expect(
      await within(sent).findByText(/Anna neemt aan en stelt voor kennis te maken op/),
    ).toBeInTheDocument();
    await user.click(within(sent).getByRole('button', { name: 'De kennismaking ging goed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verder met Anna?' });
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() =>
      expect(
        api.callsTo('POST', `/api/v1/proposals/${SENT.id}/first-meeting-confirmation`),
      ).toHaveLength(1),
    );
  });

  it('lets a view-only proxy read the suggestions without sending proposals', async () => {
    renderPartner(
      ROUTE,
      publicApi({
        ...base,
        [`GET ${API}`]: json({ ...searching, my_role: 'proxy', my_rights: ['view'] }),
        [`GET ${API}/suggestions`]: json({
          origin: { latitude: 52.09, longitude: 5.12 },
          items: [ANNA],
        }),
      }),
    );
    expect(await screen.findByRole('article', { name: '1. Anna' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /voorstel sturen/ })).not.toBeInTheDocument();
  });
});
