import {
  json,
  noContent,
  problem,
  renderWithProviders,
  type StubAnswer,
  type StubCall,
} from '@kring/common/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { Entry, HoursEngagement, HoursStart, Statement } from '../api/hours';
import { providerApi } from '../home/testFixtures';
import { translations } from '../locales';

// Today is Thursday 3 December 2026; the week runs from Monday 30 November to Sunday 6 December.
const TODAY = '2026-12-03';
const HOURS = '/api/v1/helper/hours';

const TRUUS: HoursEngagement = {
  id: '0192f0c4-0000-7000-8000-0000000a0001',
  dossier_id: '0192f0c4-0000-7000-8000-0000000d0001',
  help_seeker_first_name: 'Truus',
  status: 'active',
  started_on: '2026-10-01',
  ended_on: null,
  hourly_rate_cents: 1500,
  usual_times: {
    wednesday: { starts_at: '09:00:00', ends_at: '12:00:00' },
    thursday: { starts_at: '13:00:00', ends_at: '17:00:00' },
  },
};
const KEES: HoursEngagement = {
  ...TRUUS,
  id: '0192f0c4-0000-7000-8000-0000000a0002',
  dossier_id: '0192f0c4-0000-7000-8000-0000000d0002',
  help_seeker_first_name: 'Kees',
  hourly_rate_cents: null,
  usual_times: { thursday: { starts_at: '18:00:00', ends_at: '21:00:00' } },
};

function start(overrides: Partial<HoursStart> = {}): HoursStart {
  return { engagements: [TRUUS], last_engagement_id: null, today: TODAY, ...overrides };
}

let serial = 0;
function entry(overrides: Partial<Entry> = {}): Entry {
  serial += 1;
  return {
    id: `0192f0c4-0000-7000-8000-0000000e${String(serial).padStart(4, '0')}`,
    engagement_id: TRUUS.id,
    dossier_id: TRUUS.dossier_id,
    helper_first_name: 'Bert',
    help_seeker_first_name: 'Truus',
    work_date: '2026-11-30',
    starts_at: '09:00:00',
    ends_at: '12:00:00',
    break_minutes: 0,
    minutes: 180,
    note: '',
    hourly_rate_cents: 1500,
    amount_cents: 4500,
    status: 'submitted',
    corrects_entry_id: null,
    decided_at: null,
    decided_by_name: null,
    reject_reason: null,
    paid: false,
    created_at: '2026-11-30T12:00:00Z',
    ...overrides,
  };
}

const query = (call: StubCall) => new URLSearchParams(call.search);

/**
 * Bert's hours API: `week` answers the week lists, `rejected` the rejected ones (both may be
 * functions, to change after a save); the other routes add to or replace these.
 */
function renderHours({
  hoursStart = start(),
  week = () => [],
  rejected = () => [],
  statements = [],
  routes = {},
}: {
  hoursStart?: HoursStart;
  week?: (params: URLSearchParams) => Entry[];
  rejected?: () => Entry[];
  statements?: Statement[];
  routes?: Record<string, StubAnswer>;
} = {}) {
  const api = providerApi({
    [`GET ${HOURS}/start`]: json(hoursStart),
    [`GET ${HOURS}`]: (call) =>
      json(query(call).get('status') === 'rejected' ? rejected() : week(query(call))),
    'GET /api/v1/helper/statements': json(statements),
    ...routes,
  });
  renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/hours' });
  return api;
}

const weekCard = () => screen.getByRole('region', { name: 'Deze week' });

async function ready() {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Uren' }, { timeout: 5000 }),
  ).toBeInTheDocument();
  return within(await screen.findByRole('region', { name: 'Uren invullen' }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hours of a helper', { timeout: 30_000 }, () => {
  it('starts from today and the usual times, which follow the day until changed', async () => {
    const user = userEvent.setup();
    renderHours();
    const form = await ready();
    expect(form.getByText('Voor Truus')).toBeInTheDocument();
    expect(form.queryByRole('combobox')).not.toBeInTheDocument();
    expect(form.getByLabelText('Datum')).toHaveValue(TODAY);
    expect(form.getByRole('button', { name: 'Vandaag' })).toHaveAttribute('aria-pressed', 'true');
    expect(form.getByLabelText('Begin')).toHaveValue('13:00');
    expect(form.getByLabelText('Einde')).toHaveValue('17:00');
    expect(form.getByLabelText('Pauze (minuten)')).toHaveValue('0');
    expect(form.getByText('Gewerkt: 4 u')).toBeInTheDocument();
    expect(
      form.getByText('Ingevuld met je gebruikelijke tijden op donderdag.'),
    ).toBeInTheDocument();

    // Yesterday was a Wednesday: its usual morning.
    await user.click(form.getByRole('button', { name: 'Gisteren' }));
    expect(form.getByLabelText('Datum')).toHaveValue('2026-12-02');
    expect(form.getByLabelText('Begin')).toHaveValue('09:00');
    expect(form.getByLabelText('Einde')).toHaveValue('12:00');
    await user.clear(form.getByLabelText('Pauze (minuten)'));
    await user.type(form.getByLabelText('Pauze (minuten)'), '15');
    expect(form.getByText('Gewerkt: 2 u 45 min')).toBeInTheDocument();

    // Times I changed stay when the day changes.
    await user.clear(form.getByLabelText('Begin'));
    await user.type(form.getByLabelText('Begin'), '10:00');
    await user.click(form.getByRole('button', { name: 'Vandaag' }));
    expect(form.getByLabelText('Begin')).toHaveValue('10:00');
    expect(form.getByLabelText('Einde')).toHaveValue('12:00');
    expect(form.getByText('Gewerkt: 1 u 45 min')).toBeInTheDocument();
  });

  it('preselects the engagement logged for last, with its own usual times', async () => {
    const user = userEvent.setup();
    renderHours({ hoursStart: start({ engagements: [TRUUS, KEES], last_engagement_id: KEES.id }) });
    const form = await ready();
    const who = form.getByRole('combobox', { name: 'Voor wie' });
    expect(who).toHaveValue(KEES.id);
    expect(form.getByLabelText('Begin')).toHaveValue('18:00');
    await user.selectOptions(who, TRUUS.id);
    expect(form.getByLabelText('Begin')).toHaveValue('13:00');
    expect(form.getByLabelText('Einde')).toHaveValue('17:00');
  });

  it('saves the hours, says so and shows them in the week', async () => {
    const user = userEvent.setup();
    const logged: Entry[] = [];
    const api = renderHours({
      week: () => logged,
      routes: {
        [`POST ${HOURS}`]: (call) => {
          const body = call.body as { work_date: string; minutes: number };
          const saved = entry({
            work_date: body.work_date,
            starts_at: null,
            ends_at: null,
            minutes: body.minutes,
            note: 'Boodschappen',
          });
          logged.push(saved);
          return json(saved, 201);
        },
      },
    });
    const form = await ready();
    expect(await within(weekCard()).findByTestId('week-total')).toHaveTextContent(
      'Totaal deze week: 0 min',
    );
    await user.click(form.getByLabelText('Duur in plaats van tijden'));
    // The times' four hours carry over; I make it two and a half.
    expect(form.getByLabelText('Uren')).toHaveValue('4');
    await user.clear(form.getByLabelText('Uren'));
    await user.type(form.getByLabelText('Uren'), '2');
    await user.clear(form.getByLabelText('Minuten'));
    await user.type(form.getByLabelText('Minuten'), '30');
    await user.type(form.getByLabelText(/Notitie/), 'Boodschappen');
    expect(form.getByText('Gewerkt: 2 u 30 min')).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Uren opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Opgeslagen: 2 u 30 min voor Truus op do 3 december 2026. De uren wachten op goedkeuring.',
    );
    expect(api.callsTo('POST', HOURS)[0]?.body).toEqual({
      engagement_id: TRUUS.id,
      work_date: TODAY,
      starts_at: null,
      ends_at: null,
      break_minutes: 0,
      minutes: 150,
      note: 'Boodschappen',
    });
    const week = within(weekCard());
    expect(await week.findByText('Boodschappen')).toBeInTheDocument();
    expect(week.getByTestId('week-total')).toHaveTextContent('Totaal deze week: 2 u 30 min');
    // The form is ready for the next time: today and the usual times again.
    expect(form.getByLabelText('Begin')).toHaveValue('13:00');
  });

  it('puts the API’s refusal on the field it names', async () => {
    const user = userEvent.setup();
    renderHours({
      routes: {
        [`POST ${HOURS}`]: problem(422, {
          errors: [
            {
              field: 'starts_at',
              message: 'Deze uren overlappen uren die je die dag vanaf 14:00 invulde.',
            },
          ],
        }),
      },
    });
    const form = await ready();
    await user.click(form.getByRole('button', { name: 'Uren opslaan' }));
    const begin = form.getByLabelText('Begin');
    await waitFor(() => expect(begin).toHaveAttribute('aria-invalid', 'true'));
    expect(begin).toHaveAccessibleDescription(
      'Deze uren overlappen uren die je die dag vanaf 14:00 invulde.',
    );
    expect(form.getByLabelText('Einde')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('refuses before asking the API: an end before the start, a day in the future', async () => {
    const user = userEvent.setup();
    const api = renderHours();
    const form = await ready();
    await user.clear(form.getByLabelText('Einde'));
    await user.type(form.getByLabelText('Einde'), '12:00');
    await user.click(form.getByRole('button', { name: 'Uren opslaan' }));
    expect(form.getByLabelText('Einde')).toHaveAccessibleDescription(
      'Het einde moet na het begin liggen.',
    );
    expect(form.getByText('Gewerkt: vul je tijden in')).toBeInTheDocument();
    fireEvent.change(form.getByLabelText('Datum'), { target: { value: '2026-12-04' } });
    await user.click(form.getByRole('button', { name: 'Uren opslaan' }));
    expect(form.getByLabelText('Datum')).toHaveAccessibleDescription(
      'Uren kunnen niet in de toekomst liggen.',
    );
    expect(api.callsTo('POST', HOURS)).toHaveLength(0);
  });

  it('shows the week day by day with its total, and goes a week back', async () => {
    const user = userEvent.setup();
    const replaced = entry({ work_date: '2026-12-01', minutes: 120, status: 'superseded' });
    const weekEntries = [
      entry({
        work_date: '2026-12-02',
        starts_at: '10:00:00',
        ends_at: '11:00:00',
        minutes: 60,
        status: 'rejected',
        reject_reason: 'Je was er tot 10:30.',
        decided_by_name: 'Sanne de Boer',
      }),
      entry({
        work_date: '2026-12-01',
        starts_at: '13:00:00',
        ends_at: '16:00:00',
        break_minutes: 30,
        minutes: 150,
        status: 'approved',
        corrects_entry_id: replaced.id,
      }),
      replaced,
      entry({ work_date: '2026-11-30', minutes: 180, note: 'Tuin gedaan' }),
    ];
    const api = renderHours({
      week: (params) => (params.get('from') === '2026-11-30' ? weekEntries : []),
    });
    await ready();
    const week = within(weekCard());
    expect(await week.findByText('Tuin gedaan')).toBeInTheDocument();
    expect(api.callsTo('GET', HOURS).map((call) => call.search)).toContain(
      '?from=2026-11-30&to=2026-12-06',
    );
    // Waiting and approved count; rejected and replaced hours do not.
    expect(week.getByTestId('week-total')).toHaveTextContent('Totaal deze week: 5 u 30 min');
    expect(week.getByText('Goedgekeurd: 2 u 30 min')).toBeInTheDocument();
    expect(week.getByText('Wacht op goedkeuring')).toBeInTheDocument();
    expect(week.getByText('Goedgekeurd')).toBeInTheDocument();
    expect(week.getByText('Afgekeurd')).toBeInTheDocument();
    expect(week.getByText('Vervangen')).toBeInTheDocument();
    expect(week.getByText('13:00–16:00, 30 min pauze · voor Truus')).toBeInTheDocument();
    expect(week.getByText('Correctie van goedgekeurde uren')).toBeInTheDocument();
    expect(week.getByText('Sanne de Boer: “Je was er tot 10:30.”')).toBeInTheDocument();
    expect(week.getByText('zo 6 december 2026 · geen uren')).toBeInTheDocument();
    expect(week.queryByRole('button', { name: 'Volgende week' })).not.toBeInTheDocument();

    await user.click(week.getByRole('button', { name: 'Vorige week' }));
    const earlier = within(screen.getByRole('region', { name: /^Week van 23 nov/ }));
    await waitFor(() =>
      expect(earlier.getByTestId('week-total')).toHaveTextContent('Totaal deze week: 0 min'),
    );
    expect(api.callsTo('GET', HOURS).map((call) => call.search)).toContain(
      '?from=2026-11-23&to=2026-11-29',
    );
    await user.click(earlier.getByRole('button', { name: 'Volgende week' }));
    expect(await screen.findByRole('region', { name: 'Deze week' })).toBeInTheDocument();
  });

  it('withdraws waiting hours after a yes', async () => {
    const user = userEvent.setup();
    const waiting = entry();
    let week = [waiting];
    const api = renderHours({
      week: () => week,
      routes: {
        [`DELETE ${HOURS}/${waiting.id}`]: () => {
          week = [];
          return noContent();
        },
      },
    });
    await ready();
    await user.click(await within(weekCard()).findByRole('button', { name: 'Intrekken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deze uren intrekken?' });
    expect(dialog).toHaveTextContent('3 u op ma 30 november 2026 (09:00–12:00) voor Truus');
    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De uren zijn ingetrokken.');
    expect(api.callsTo('DELETE', `${HOURS}/${waiting.id}`)).toHaveLength(1);
    await waitFor(() =>
      expect(within(weekCard()).getByTestId('week-total')).toHaveTextContent('0 min'),
    );
  });

  it('puts rejected hours on top, and fixing them sends them again', async () => {
    const user = userEvent.setup();
    const wrong = entry({
      work_date: '2026-11-20',
      starts_at: '10:00:00',
      ends_at: '12:00:00',
      minutes: 120,
      status: 'rejected',
      reject_reason: 'Je was er tot 11:30.',
      decided_by_name: 'Sanne de Boer',
      decided_at: '2026-11-21T09:00:00Z',
    });
    let rejected = [wrong];
    const api = renderHours({
      rejected: () => rejected,
      routes: {
        [`PUT ${HOURS}/${wrong.id}`]: (call) => {
          rejected = [];
          const body = call.body as { ends_at: string };
          return json({
            ...wrong,
            ends_at: `${body.ends_at}:00`,
            minutes: 90,
            status: 'submitted',
            reject_reason: null,
          });
        },
      },
    });
    await ready();
    const card = await screen.findByRole('region', { name: '1 urenregel om aan te passen' });
    expect(api.calls.find((call) => query(call).get('status') === 'rejected')?.search).toBe(
      '?from=2026-09-01&to=2026-12-03&status=rejected',
    );
    expect(within(card).getByText('Sanne de Boer: “Je was er tot 11:30.”')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Aanpassen: vr 20 november 2026' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Uren aanpassen' }));
    expect(dialog.getByText('Je was er tot 11:30.')).toBeInTheDocument();
    expect(dialog.getByLabelText('Datum')).toHaveValue('2026-11-20');
    expect(dialog.getByLabelText('Begin')).toHaveValue('10:00');
    expect(dialog.getByLabelText('Einde')).toHaveValue('12:00');
    await user.clear(dialog.getByLabelText('Einde'));
    await user.type(dialog.getByLabelText('Einde'), '11:30');
    expect(dialog.getByText('Gewerkt: 1 u 30 min')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Opnieuw indienen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Aangepast: je uren van vr 20 november 2026 wachten opnieuw op goedkeuring.',
    );
    expect(api.callsTo('PUT', `${HOURS}/${wrong.id}`)[0]?.body).toEqual({
      work_date: '2026-11-20',
      starts_at: '10:00',
      ends_at: '11:30',
      break_minutes: 0,
      minutes: null,
      note: '',
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: '1 urenregel om aan te passen' }),
      ).not.toBeInTheDocument(),
    );
    // The week of the fixed hours is in sight.
    expect(screen.getByRole('region', { name: /^Week van 16 nov/ })).toBeInTheDocument();
  });

  it('corrects approved hours, which then wait for approval again', async () => {
    const user = userEvent.setup();
    const approved = entry({
      starts_at: null,
      ends_at: null,
      minutes: 150,
      status: 'approved',
      decided_by_name: 'Sanne de Boer',
    });
    let week = [approved];
    const api = renderHours({
      week: () => week,
      routes: {
        [`POST ${HOURS}/${approved.id}/corrections`]: (call) => {
          const body = call.body as { minutes: number };
          const correction = entry({
            starts_at: null,
            ends_at: null,
            minutes: body.minutes,
            corrects_entry_id: approved.id,
          });
          week = [correction, approved];
          return json(correction, 201);
        },
      },
    });
    await ready();
    const weekView = within(weekCard());
    await user.click(await weekView.findByRole('button', { name: 'Correctie sturen' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Correctie sturen' }));
    expect(
      dialog.getByText(/Je correctie gaat naar de partner van Truus en moet opnieuw worden/),
    ).toBeInTheDocument();
    // Given as a duration, corrected as one.
    expect(dialog.getByLabelText('Duur in plaats van tijden')).toBeChecked();
    expect(dialog.getByLabelText('Uren')).toHaveValue('2');
    expect(dialog.getByLabelText('Minuten')).toHaveValue('30');
    await user.clear(dialog.getByLabelText('Uren'));
    await user.type(dialog.getByLabelText('Uren'), '3');
    await user.click(dialog.getByRole('button', { name: 'Correctie sturen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Je correctie van ma 30 november 2026 is verstuurd. Ze wacht op goedkeuring; tot dan tellen de goedgekeurde uren.',
    );
    expect(api.callsTo('POST', `${HOURS}/${approved.id}/corrections`)[0]?.body).toEqual({
      work_date: '2026-11-30',
      starts_at: null,
      ends_at: null,
      break_minutes: 0,
      minutes: 210,
      note: '',
    });
    expect(
      await weekView.findByText('Je correctie van deze uren wacht op goedkeuring.'),
    ).toBeInTheDocument();
    expect(weekView.queryByRole('button', { name: 'Correctie sturen' })).not.toBeInTheDocument();
    // The waiting correction counts instead of the approved hours it corrects.
    expect(weekView.getByTestId('week-total')).toHaveTextContent('Totaal deze week: 3 u 30 min');
  });

  it('lists the monthly statements and downloads one as a PDF', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn(() => 'blob:kring/statement');
    // jsdom has no object URLs; the test file runs in its own window.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const pdf = '%PDF-1.4 statement';
    let release = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = renderHours({
      hoursStart: start({ engagements: [TRUUS, KEES] }),
      statements: [
        {
          engagement_id: TRUUS.id,
          helper_first_name: 'Bert',
          help_seeker_first_name: 'Truus',
          month: '2026-11',
          days: 6,
          minutes: 870,
          amount_cents: 21750,
        },
        {
          engagement_id: KEES.id,
          helper_first_name: 'Bert',
          help_seeker_first_name: 'Kees',
          month: '2026-10',
          days: 1,
          minutes: 90,
          amount_cents: null,
        },
      ],
      routes: {
        [`GET /api/v1/engagements/${TRUUS.id}/statements/2026-11`]: async () => {
          await answered;
          return new Response(pdf, {
            headers: {
              'content-type': 'application/pdf',
              'content-length': String(pdf.length),
              'content-disposition': 'attachment; filename="kring-hours-truus-2026-11.pdf"',
            },
          });
        },
      },
    });
    await ready();
    const statements = within(screen.getByRole('region', { name: 'Maandoverzichten' }));
    const rows = await statements.findAllByRole('listitem');
    expect(rows.map((row) => row.textContent?.replace(/\s/g, ' '))).toEqual([
      'november 2026 · Truus6 dagen · 14 u 30 min · € 217,50Download pdf',
      'oktober 2026 · Kees1 dag · 1 u 30 minDownload pdf',
    ]);
    const truus = within(rows[0] as HTMLElement);
    await user.click(truus.getByRole('button', { name: 'Download pdf' }));
    // While the file comes in, the row says how far it is.
    expect(await truus.findByRole('button', { name: 'Bezig… 0%' })).toBeDisabled();
    expect(truus.getByRole('progressbar', { name: /Downloaden van november 2026/ })).toBeVisible();
    release();
    await waitFor(() => expect(saved).toEqual(['kring-hours-truus-2026-11.pdf']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(api.callsTo('GET', `/api/v1/engagements/${TRUUS.id}/statements/2026-11`)).toHaveLength(
      1,
    );
    expect(truus.getByRole('button', { name: 'Download pdf' })).toBeEnabled();
    expect(truus.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says so when there is nobody to log hours for', async () => {
    renderHours({ hoursStart: start({ engagements: [] }) });
    const form = await ready();
    expect(form.getByText('Nog niemand om uren voor in te vullen')).toBeInTheDocument();
    expect(form.getByRole('link', { name: 'Naar je voorstellen' })).toHaveAttribute(
      'href',
      '/proposals',
    );
  });
});
