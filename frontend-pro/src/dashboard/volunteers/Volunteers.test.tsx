import { json, renderWithProviders, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { translations } from '../../locales';
import { LINDE_ID, proApi } from '../../test/proApi';
import type { ServedNeighbourhood, Skill, Volunteer } from './api';
import { VOLUNTEERS_PATH, volunteerRoutes } from './routes';

const BASE = `/api/v1/organisations/${LINDE_ID}`;
const WITTE = '0193a1e2-0000-7000-8000-0000000000a1';
const ZEIST = '0193a1e2-0000-7000-8000-0000000000a2';
const GROCERIES = '0193a1e2-0000-7000-8000-0000000000b1';
const COMPUTER = '0193a1e2-0000-7000-8000-0000000000b2';

const SERVED: ServedNeighbourhood[] = [
  {
    id: WITTE,
    name: 'Wittevrouwen',
    country: 'NL',
    resident_count: 120,
    volunteer_count: 21,
    volunteer_share: 0.175,
  },
  {
    id: ZEIST,
    name: 'Zeist',
    country: 'NL',
    resident_count: 0,
    volunteer_count: 0,
    volunteer_share: null,
  },
];

const SKILLS: Skill[] = [
  {
    id: GROCERIES,
    slug: 'boodschappen',
    group: 'errands',
    group_name: 'Boodschappen en vervoer',
    name: 'Boodschappen',
  },
  {
    id: COMPUTER,
    slug: 'computerhulp',
    group: 'digital',
    group_name: 'Digitaal',
    name: 'Computerhulp',
  },
];

const ANNA: Volunteer = {
  resident_id: '0193a1e2-0000-7000-8000-0000000000c1',
  display_name: 'Anna B.',
  neighbourhood: { id: WITTE, name: 'Wittevrouwen' },
  skills: [{ id: GROCERIES, slug: 'boodschappen', name: 'Boodschappen' }],
  about: 'Ik doe graag boodschappen.',
};
const BERT: Volunteer = {
  resident_id: '0193a1e2-0000-7000-8000-0000000000c2',
  display_name: 'Bert D.',
  neighbourhood: { id: WITTE, name: 'Wittevrouwen' },
  skills: [{ id: COMPUTER, slug: 'computerhulp', name: 'Computerhulp' }],
  about: null,
};

function volunteers(call: StubCall) {
  const params = new URLSearchParams(call.search);
  const skills = params.getAll('skill_id');
  const items = [ANNA, BERT].filter(
    (v) => skills.length === 0 || v.skills.some((s) => skills.includes(s.id)),
  );
  return json({ items, next_cursor: null });
}

function render() {
  const api = proApi(
    {},
    {
      [`GET ${BASE}/neighbourhoods`]: json(SERVED),
      'GET /api/v1/skills': json(SKILLS),
      [`GET ${BASE}/volunteers`]: volunteers,
      [`POST ${BASE}/volunteers/messages`]: json({ sent: 1, skipped_blocked: 1 }),
    },
  );
  const ui = (
    <Suspense fallback={null}>
      <Routes>{volunteerRoutes}</Routes>
    </Suspense>
  );
  return {
    api,
    ...renderWithProviders(ui, { translations, fetch: api.fetch, route: VOLUNTEERS_PATH }),
  };
}

describe('volunteers', { timeout: 20_000 }, () => {
  it('shows the share of volunteers per neighbourhood and the list', async () => {
    render();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vrijwilligers' }),
    ).toBeInTheDocument();
    const shares = await screen.findAllByTestId('volunteer-share');
    expect(shares[0]).toHaveTextContent('Wittevrouwen');
    expect(shares[0]).toHaveTextContent('21 van 120 bewoners (18%)');
    expect(shares[1]).toHaveTextContent('Nog geen bewoners');
    expect(
      screen.getByRole('progressbar', { name: 'Aandeel vrijwilligers in Wittevrouwen' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Vrijwilligerslijst' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Anna B.');
    expect(rows[0]).toHaveTextContent('Boodschappen');
    expect(rows[0]).toHaveTextContent('Ik doe graag boodschappen.');
    expect(screen.getByTestId('volunteers-count')).toHaveTextContent('2 vrijwilligers');
    expect(screen.getByRole('button', { name: 'Bericht sturen (0)' })).toBeDisabled();
  });

  it('filters by skill: the API is asked for volunteers with any of them', async () => {
    const user = userEvent.setup();
    const { api } = render();
    await screen.findByRole('list', { name: 'Vrijwilligerslijst' });
    await user.click(screen.getByRole('combobox', { name: 'Vaardigheden' }));
    await user.click(await screen.findByRole('option', { name: 'Computerhulp', hidden: true }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Vrijwilligerslijst' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    const asked = api
      .callsTo('GET', `${BASE}/volunteers`)
      .map((c) => new URLSearchParams(c.search).getAll('skill_id'));
    expect(asked).toContainEqual([COMPUTER]);
  });

  it('sends an e-mail through Kring to the chosen volunteers', async () => {
    const user = userEvent.setup();
    const { api } = render();
    await screen.findByRole('list', { name: 'Vrijwilligerslijst' });
    await user.click(screen.getByRole('checkbox', { name: 'Anna B. kiezen' }));
    await user.click(screen.getByRole('button', { name: 'Bericht sturen (1)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bericht aan 1 vrijwilliger' });
    await user.click(within(dialog).getByRole('radio', { name: 'E-mail via Kring' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Bericht/ }), 'Wie helpt koken?');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    // The subject is needed for an e-mail.
    expect(await within(dialog).findAllByText('Geef de e-mail een onderwerp.')).not.toHaveLength(0);
    expect(api.callsTo('POST', `${BASE}/volunteers/messages`)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Onderwerp/ }), 'Buurtmaaltijd');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(await within(dialog).findByTestId('volunteers-sent')).toHaveTextContent(
      'Uw bericht ging naar 1 vrijwilliger. 1 vrijwilliger kon het niet ontvangen.',
    );
    const [sent] = api.callsTo('POST', `${BASE}/volunteers/messages`);
    expect(sent?.body).toEqual({
      resident_ids: [ANNA.resident_id],
      channel: 'email',
      subject: 'Buurtmaaltijd',
      text: 'Wie helpt koken?',
    });
  });
});
