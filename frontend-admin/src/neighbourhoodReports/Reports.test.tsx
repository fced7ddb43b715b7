import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import en from '../locales/neighbourhoodReports/en.json';
import fr from '../locales/neighbourhoodReports/fr.json';
import nl from '../locales/neighbourhoodReports/nl.json';
import { staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import type { QueuedReport, StaffReport } from './api';

const QUEUE = '/api/v1/admin/neighbourhood-reports';
const OLD: QueuedReport = {
  id: '0192f0c4-0000-7000-8000-0000000000r1',
  subject_type: 'reply',
  subject_id: '0192f0c4-0000-7000-8000-0000000000s1',
  neighbourhood_id: '0192f0c4-0000-7000-8000-0000000000n1',
  neighbourhood_name: 'Lombok',
  reporter_user_id: '0192f0c4-0000-7000-8000-0000000000u1',
  reporter_name: 'Bert Jansen',
  reported_user_id: '0192f0c4-0000-7000-8000-0000000000u2',
  reported_name: 'Anna Visser',
  reason: 'Spam onder hulpvragen',
  status: 'open',
  created_at: '2026-12-04T09:00:00Z',
  age_hours: 50,
  handled_at: null,
  outcome: null,
};
const NEW: QueuedReport = {
  ...OLD,
  id: '0192f0c4-0000-7000-8000-0000000000r2',
  subject_type: 'message',
  reported_name: 'Carl de Wit',
  age_hours: 3,
};
const REPORT: StaffReport = {
  ...OLD,
  subject_title: null,
  subject_text: 'Koop nu mijn cursus!',
  subject_hidden_at: null,
  reported_suspended_at: null,
  reported_is_resident: true,
};

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('neighbourhood reports', () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('is in the menu of moderators, the oldest open report first with its age', async () => {
    const user = userEvent.setup();
    const api = staffApi('advisor', {
      [`GET ${QUEUE}`]: json({ items: [OLD, NEW], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Meldingen' }));
    const [first, second] = await screen.findAllByTestId('report');
    if (!first || !second) throw new Error('two reports expected');
    expect(within(first).getByTestId('age')).toHaveTextContent('2 dagen oud');
    expect(first).toHaveTextContent('Reactie: Anna Visser');
    expect(first).toHaveTextContent('Gemeld door Bert Jansen in Lombok');
    expect(within(second).getByTestId('age')).toHaveTextContent('3 uur oud');
    expect(api.callsTo('GET', QUEUE)[0]?.search).toContain('status=open');
  });

  it('is not in the menu of a care manager', async () => {
    const api = staffApi('care_manager');
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Vragen' });
    expect(within(nav).queryByRole('link', { name: 'Meldingen' })).not.toBeInTheDocument();
  });

  it('shows what was reported and handles it: hide and suspend', async () => {
    const user = userEvent.setup();
    const api = staffApi('admin', {
      [`GET ${QUEUE}/${OLD.id}`]: json(REPORT),
      [`POST ${QUEUE}/${OLD.id}/handle`]: json({
        ...REPORT,
        status: 'handled',
        outcome: 'Verborgen en geschorst.',
        handled_at: '2026-12-07T09:00:00Z',
      }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/neighbourhood-reports/${OLD.id}`,
    });
    expect(await screen.findByTestId('reported-text')).toHaveTextContent('Koop nu mijn cursus!');
    await user.type(screen.getByRole('textbox', { name: /Wat heb je gedaan/ }), 'Verborgen.');
    await user.click(screen.getByRole('checkbox', { name: 'Verberg de reactie' }));
    await user.click(screen.getByRole('checkbox', { name: 'Schors Anna Visser' }));
    await user.type(screen.getByRole('textbox', { name: /Reden van de schorsing/ }), 'Spam');
    await user.click(screen.getByRole('button', { name: 'Afhandelen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `${QUEUE}/${OLD.id}/handle`)[0]?.body).toEqual({
        outcome: 'Verborgen.',
        hide_subject: true,
        suspend_person: true,
        suspension_reason: 'Spam',
      }),
    );
    expect(await screen.findByText('Verborgen en geschorst.')).toBeInTheDocument();
  });
});
