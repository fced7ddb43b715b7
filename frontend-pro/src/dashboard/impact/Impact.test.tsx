import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translations } from '../../locales';
import { LINDE_ID, proApi } from '../../test/proApi';
import type { Impact, PeopleFigures } from './api';
import { IMPACT_PATH, impactRoute } from './routes';

const API = `/api/v1/organisations/${LINDE_ID}/impact`;
const WITTE = '0193a1e2-0000-7000-8000-0000000000a1';
const ZEIST = '0193a1e2-0000-7000-8000-0000000000a2';
const GROCERIES = '0193a1e2-0000-7000-8000-0000000000b1';

const figures = (over: Partial<PeopleFigures> = {}): PeopleFigures => ({
  help_requests: 6,
  solved_by_neighbour: 3,
  solved_by_neighbour_share: 0.5,
  median_hours_to_first_reply: 4,
  median_hours_to_solved: 15.5,
  unanswered_after_48h: 2,
  volunteers: 2,
  residents: 3,
  ...over,
});

const help = ({ volunteers: _v, residents: _r, ...rest }: PeopleFigures) => rest;

const IMPACT: Impact = {
  period: { from: '2025-12-08', to: '2026-12-07' },
  totals: figures({ help_requests: 8, solved_by_neighbour: 5, solved_by_neighbour_share: 0.625 }),
  by_neighbourhood: [
    { neighbourhood_id: WITTE, name: 'Wittevrouwen', ...figures() },
    {
      neighbourhood_id: ZEIST,
      name: 'Zeist',
      ...figures({ help_requests: 2, solved_by_neighbour: 2, solved_by_neighbour_share: 1 }),
    },
  ],
  by_skill: [{ skill_id: GROCERIES, name: 'Boodschappen', ...figures({ help_requests: 1 }) }],
  by_month: [
    { month: '2026-11', ...help(figures({ help_requests: 5 })) },
    { month: '2026-12', ...help(figures({ help_requests: 3, median_hours_to_solved: null })) },
  ],
};

function render(routes: Record<string, StubAnswer> = {}) {
  const api = proApi(
    {},
    {
      [`GET ${API}`]: json(IMPACT),
      [`GET /api/v1/organisations/${LINDE_ID}/neighbourhoods`]: json([
        { id: WITTE, name: 'Wittevrouwen', country: 'NL', resident_count: 3, volunteer_count: 2 },
        { id: ZEIST, name: 'Zeist', country: 'NL', resident_count: 1, volunteer_count: 1 },
      ]),
      ...routes,
    },
  );
  const ui = (
    <Suspense>
      <Routes>{impactRoute}</Routes>
    </Suspense>
  );
  return {
    api,
    ...renderWithProviders(ui, { translations, fetch: api.fetch, route: IMPACT_PATH }),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('impact figures', { timeout: 20_000 }, () => {
  it('shows the totals, the charts and the tables of the last 12 months', async () => {
    const { api } = render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Impact' })).toBeInTheDocument();
    const totals = await screen.findByTestId('impact-totals');
    expect(totals).toHaveTextContent('Hulpvragen8');
    expect(totals).toHaveTextContent('Aandeel opgelost door een buur63%');
    expect(totals).toHaveTextContent('Mediaan uren tot opgelost15,5');
    const bars = screen.getByRole('region', { name: 'Hulpvragen en opgelost per buurt' });
    expect(within(bars).getByText('Zeist: 2 hulpvragen, 2 opgelost door een buur')).toBeVisible();
    const months = screen.getByRole('img');
    expect(months.getAttribute('aria-label')).toContain('november 2026: 5 hulpvragen');
    const table = screen.getByRole('table', { name: 'Per buurt' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Wittevrouwen');
    expect(rows[1]).toHaveTextContent('3 (50%)');
    expect(screen.getByRole('table', { name: 'Per vaardigheid' })).toHaveTextContent(
      'Boodschappen',
    );
    // The first ask names no period: the API's default.
    expect(api.callsTo('GET', API)[0]?.search ?? '').toBe('');
  });

  it('asks for the chosen period and neighbourhood', async () => {
    const user = userEvent.setup();
    const { api } = render();
    await screen.findByTestId('impact-totals');
    await user.type(screen.getByLabelText('Van'), '2026-03-01');
    await user.type(screen.getByLabelText('Tot en met'), '2026-05-31');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Zeist' })).toBeInTheDocument());
    await user.selectOptions(screen.getByLabelText('Buurt'), 'Zeist');
    await user.click(screen.getByRole('button', { name: 'Toon' }));
    await waitFor(() => expect(api.callsTo('GET', API)).toHaveLength(2));
    const asked = new URLSearchParams(api.callsTo('GET', API)[1]?.search);
    expect(asked.get('from')).toBe('2026-03-01');
    expect(asked.get('to')).toBe('2026-05-31');
    expect(asked.get('neighbourhood_id')).toBe(ZEIST);
  });

  it('tells what is wrong with the period', async () => {
    render({
      [`GET ${API}`]: problem(422, {
        errors: [{ field: 'to', message: 'Kies een periode van hoogstens 366 dagen.' }],
      }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies een periode van hoogstens 366 dagen.',
    );
  });
});
