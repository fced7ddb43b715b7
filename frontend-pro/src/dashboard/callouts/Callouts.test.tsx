import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { translations } from '../../locales';
import { LINDE_ID, proApi } from '../../test/proApi';
import type { AnswerRow, CalloutRead } from './api';
import { calloutRoutes } from './routes';

const BASE = `/api/v1/organisations/${LINDE_ID}/callouts`;
const CALLOUT_ID = '0193a1e2-0000-7000-8000-00000000c001';
const WITTE = '0193a1e2-0000-7000-8000-00000000b001';
const ZEIST = '0193a1e2-0000-7000-8000-00000000b002';
const WHERE = '0193a1e2-0000-7000-8000-00000000d001';

const CALLOUT: CalloutRead = {
  id: CALLOUT_ID,
  title: 'Wie helpt mee bij de kerstmarkt?',
  body: 'We zoeken vrijwilligers.',
  ends_on: '2026-12-18',
  status: 'open',
  created_at: '2026-12-07T09:00:00Z',
  neighbourhoods: [
    { id: WITTE, name: 'Wittevrouwen' },
    { id: ZEIST, name: 'Zeist' },
  ],
  answer_count: 2,
  asks_name: true,
  asks_email: true,
  asks_availability: true,
  closed_at: null,
  questions: [
    {
      id: WHERE,
      position: 0,
      kind: 'choice',
      label: 'Waar help je het liefst?',
      choices: ['Opbouw', 'Kraampjes'],
      required: true,
    },
  ],
};

const ROWS: AnswerRow[] = [
  {
    id: '0193a1e2-0000-7000-8000-00000000e001',
    name: 'Élise Peeters',
    email: 'elise@example.org',
    neighbourhood_id: WITTE,
    neighbourhood_name: 'Wittevrouwen',
    availability: ['sat_morning'],
    answers: { [WHERE]: 'Kraampjes' },
    created_at: '2026-12-07T10:00:00Z',
    updated_at: '2026-12-07T10:00:00Z',
  },
  {
    id: '0193a1e2-0000-7000-8000-00000000e002',
    name: 'Bart Jansen',
    email: 'bart@example.org',
    neighbourhood_id: ZEIST,
    neighbourhood_name: 'Zeist',
    availability: ['mon_evening'],
    answers: { [WHERE]: 'Opbouw' },
    created_at: '2026-12-07T11:00:00Z',
    updated_at: '2026-12-07T11:00:00Z',
  },
];

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname}</output>;
}

function render(route: string, api: ReturnType<typeof proApi>) {
  return renderWithProviders(
    <Suspense fallback={null}>
      <Routes>{calloutRoutes}</Routes>
      <Where />
    </Suspense>,
    { translations, fetch: api.fetch, route },
  );
}

describe('the service dashboard callouts', { timeout: 30_000 }, () => {
  it('lists the callouts with their neighbourhoods and answers', async () => {
    const api = proApi(
      {},
      {
        [`GET ${BASE}`]: json({ items: [CALLOUT], next_cursor: null }),
      },
    );
    render('/callouts', api);
    const link = await screen.findByRole('link', { name: CALLOUT.title });
    expect(link).toHaveAttribute('href', `/callouts/${CALLOUT_ID}`);
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('Wittevrouwen, Zeist')).toBeInTheDocument();
    expect(within(item).getByText(/2 antwoorden · loopt tot/)).toBeInTheDocument();
    expect(within(item).getByText('Open')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe oproep' })).toHaveAttribute(
      'href',
      '/callouts/new',
    );
  });

  it('posts a callout to the chosen neighbourhoods with a choice question', async () => {
    const user = userEvent.setup();
    const api = proApi(
      {},
      {
        [`GET /api/v1/organisations/${LINDE_ID}/neighbourhoods`]: json([
          {
            id: WITTE,
            name: 'Wittevrouwen',
            country: 'NL',
            resident_count: 4,
            volunteer_count: 1,
            volunteer_share: 0.25,
          },
          {
            id: ZEIST,
            name: 'Zeist',
            country: 'NL',
            resident_count: 0,
            volunteer_count: 0,
            volunteer_share: null,
          },
        ]),
        [`POST ${BASE}`]: json(CALLOUT, 201),
        [`GET ${BASE}/${CALLOUT_ID}`]: json(CALLOUT),
        [`GET ${BASE}/${CALLOUT_ID}/answers`]: json({ items: [], next_cursor: null }),
      },
    );
    render('/callouts/new', api);
    await user.type(await screen.findByLabelText(/^Titel/), CALLOUT.title);
    await user.type(screen.getByLabelText(/^Tekst/), CALLOUT.body);
    await user.type(screen.getByLabelText(/^Loopt tot en met/), '2026-12-18');
    await user.click(await screen.findByRole('checkbox', { name: 'Wittevrouwen' }));
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Soort vraag 1'), ['choice']);
    await user.type(screen.getByLabelText(/^Vraag 1/), 'Waar help je het liefst?');
    await user.type(screen.getByLabelText('Keuzes bij vraag 1'), 'Opbouw');
    await user.click(screen.getByRole('button', { name: 'Oproep plaatsen' }));
    // One choice is not a choice: refused on the page, nothing sent.
    expect(
      (await screen.findAllByText('Geef 2 tot 10 keuzes, één per regel.')).length,
    ).toBeGreaterThan(0);
    expect(api.callsTo('POST', BASE)).toHaveLength(0);

    await user.type(screen.getByLabelText('Keuzes bij vraag 1'), '{Enter}Kraampjes');
    await user.click(screen.getByRole('button', { name: 'Oproep plaatsen' }));
    await waitFor(() => expect(api.callsTo('POST', BASE)).toHaveLength(1));
    expect(api.callsTo('POST', BASE)[0]?.body).toEqual({
      title: CALLOUT.title,
      body: CALLOUT.body,
      ends_on: '2026-12-18',
      asks_name: true,
      asks_email: true,
      asks_availability: false,
      all_neighbourhoods: false,
      neighbourhood_ids: [WITTE],
      questions: [
        {
          kind: 'choice',
          label: 'Waar help je het liefst?',
          required: false,
          choices: ['Opbouw', 'Kraampjes'],
        },
      ],
    });
    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent(`/callouts/${CALLOUT_ID}`),
    );
  });

  it('shows the answers, filters them and exports them', async () => {
    const user = userEvent.setup();
    const api = proApi(
      {},
      {
        [`GET ${BASE}/${CALLOUT_ID}`]: json(CALLOUT),
        [`GET ${BASE}/${CALLOUT_ID}/answers`]: (call) => {
          const zeist = new URLSearchParams(call.search).get('neighbourhood_id') === ZEIST;
          return json({ items: zeist ? [ROWS[1]] : ROWS, next_cursor: null });
        },
        [`GET ${BASE}/${CALLOUT_ID}/answers/export`]: () =>
          new Response('\ufeffBuurt;Naam\r\n', {
            headers: {
              'Content-Type': 'text/csv; charset=utf-8',
              'Content-Disposition': 'attachment; filename="kring-oproep.csv"',
            },
          }),
      },
    );
    render(`/callouts/${CALLOUT_ID}`, api);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Élise Peeters')).toBeInTheDocument();
    expect(within(table).getByText('Zaterdagochtend')).toBeInTheDocument();
    expect(
      within(table).getByRole('columnheader', { name: 'Waar help je het liefst?' }),
    ).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Buurt'), [ZEIST]);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table')).queryByText('Élise Peeters'),
      ).not.toBeInTheDocument(),
    );
    expect(within(screen.getByRole('table')).getByText('Bart Jansen')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Downloaden als CSV' }));
    await waitFor(() =>
      expect(api.callsTo('GET', `${BASE}/${CALLOUT_ID}/answers/export`)).toHaveLength(1),
    );
    expect(api.callsTo('GET', `${BASE}/${CALLOUT_ID}/answers/export`)[0]?.search).toBe(
      '?format=csv',
    );
  });
});
