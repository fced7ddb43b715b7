import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProviderResponseTimes } from '../api/responseTimes';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';

function provider(name: string, overdue: number, median: number | null): ProviderResponseTimes {
  return {
    profile_id: `0192f0c4-0000-7000-8000-${name.length.toString().padStart(12, '0')}`,
    name,
    email: `${name.toLowerCase().replace(/\s/g, '')}@kring.demo`,
    requests: 10,
    answered: 8,
    appointments: 4,
    overdue,
    median_response_minutes: median,
    within_deadline_share: 0.8,
  };
}

const ROWS = [
  provider('Klushulp Pieter', 3, 95),
  provider('Tuin Tim', 1, 1500),
  provider('Oppas Olga', 0, null),
];

describe('response times', () => {
  it('shows the providers in a table and a chart, the table as the chart’s text', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      'GET /api/v1/admin/provider-response-times': json({ items: ROWS, next_cursor: null }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: '/response-times?all=true',
    });
    const table = await screen.findByRole('table', { name: /Reactietijden per dienstverlener/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    const chart = screen.getByRole('figure', { name: 'Mediane reactietijd' });
    expect(chart).toHaveAccessibleDescription(/de tabel geeft dezelfde cijfers als tekst/);
    // Slowest first; who has answered nothing yet is said, not drawn.
    expect(
      within(chart)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Tuin Tim1500 minuten', 'Klushulp Pieter95 minuten']);
    expect(
      within(chart).getByText('1 dienstverlener heeft nog geen verzoek beantwoord.'),
    ).toBeVisible();

    await user.click(within(chart).getByText('Te laat'));
    const overdue = screen.getByRole('figure', { name: 'Te late contactverzoeken' });
    expect(
      within(overdue)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Klushulp Pieter3', 'Tuin Tim1', 'Oppas Olga0']);
  });

  it('draws no chart when nothing is overdue', async () => {
    const api = staffApi('branch');
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: '/response-times',
    });
    expect(await screen.findByText('Niets te laat')).toBeVisible();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
