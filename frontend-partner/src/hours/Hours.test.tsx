import { json, problem, type StubCall } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierHours, HoursEntry, StatementSummary } from '../api/hours';
import type { Engagement } from '../api/matching';
import { dossierWith, DOSSIER_ID, quietMatching, signedIn, SKILLS } from '../dossiers/fixtures';
import { publicApi } from '../test/fixtures';
import { renderPartner } from '../test/renderPartner';

const ROUTE = `/dossiers/${DOSSIER_ID}`;
const API = `/api/v1/dossiers/${DOSSIER_ID}`;
const ENGAGEMENT_ID = '0192f0c4-0000-7000-8000-0000000e1001';

const ENGAGEMENT: Engagement = {
  id: ENGAGEMENT_ID,
  proposal_id: '0192f0c4-0000-7000-8000-0000000f0001',
  dossier_id: DOSSIER_ID,
  status: 'active',
  started_at: '2026-09-14T10:00:00Z',
  ended_at: null,
  pause_reason: null,
  end_reason: null,
  hourly_rate_cents: 1650,
  day_parts: { monday: ['morning'] },
  helper: {
    id: '0192f0c4-0000-7000-8000-0000000e0001',
    first_name: 'Anna',
    last_name: 'Bakker',
    email: 'anna@example.org',
    phone: null,
    photo_url: null,
  },
  help_seeker: {
    first_name: 'Gerda',
    last_name: 'de Vries',
    email: null,
    phone: '+31301234567',
    address: {
      street: 'Oudegracht',
      house_number: '12',
      house_number_addition: 'A',
      postcode: '3511 AB',
      city: 'Utrecht',
    },
  },
  partner: { name: 'Anna Jansen', email: 'anna@example.org', phone: null },
};

let serial = 0;
function entry(overrides: Partial<HoursEntry> = {}): HoursEntry {
  serial += 1;
  return {
    id: `0192f0c4-0000-7000-8000-0000001e${String(serial).padStart(4, '0')}`,
    engagement_id: ENGAGEMENT_ID,
    dossier_id: DOSSIER_ID,
    helper_first_name: 'Anna',
    help_seeker_first_name: 'Gerda',
    work_date: '2026-10-05',
    starts_at: '09:00:00',
    ends_at: '12:00:00',
    break_minutes: 0,
    minutes: 180,
    note: 'Boodschappen gedaan.',
    hourly_rate_cents: 1650,
    amount_cents: 4950,
    status: 'submitted',
    corrects_entry_id: null,
    decided_at: null,
    decided_by_name: null,
    reject_reason: null,
    paid: false,
    created_at: '2026-10-05T12:00:00Z',
    ...overrides,
  };
}

const MONDAY = entry({ work_date: '2026-10-05', note: 'Boodschappen gedaan.' });
const TUESDAY = entry({
  work_date: '2026-10-06',
  starts_at: '13:00:00',
  ends_at: '15:30:00',
  break_minutes: 15,
  minutes: 135,
  amount_cents: 3713,
  note: 'Gewandeld.',
});
const FRIDAY = entry({
  work_date: '2026-10-09',
  starts_at: null,
  ends_at: null,
  minutes: 60,
  amount_cents: 1650,
  note: '',
});
const APPROVED = entry({
  work_date: '2026-10-01',
  status: 'approved',
  decided_at: '2026-10-02T08:30:00Z',
  decided_by_name: 'Anna Jansen',
});
const REPLACED = entry({
  work_date: '2026-09-28',
  status: 'superseded',
  decided_at: '2026-09-29T08:30:00Z',
  decided_by_name: 'Anna Jansen',
});

/** A month as the API answers it: the totals follow from the entries. */
function month(
  name: string,
  entries: HoursEntry[],
  overrides: Partial<DossierHours> = {},
): DossierHours {
  const amounts = overrides.may_approve === false ? false : true;
  const sum = (status: HoursEntry['status']) => {
    const of = entries.filter((item) => item.status === status);
    return {
      entries: of.length,
      minutes: of.reduce((total, item) => total + item.minutes, 0),
      amount_cents: amounts
        ? of.reduce((total, item) => total + (item.amount_cents ?? 0), 0)
        : null,
    };
  };
  return {
    month: name,
    entries: amounts
      ? entries
      : entries.map((item) => ({ ...item, amount_cents: null, hourly_rate_cents: null })),
    waiting: sum('submitted'),
    approved: sum('approved'),
    months_waiting: [],
    may_approve: true,
    ...overrides,
  };
}

const STATEMENTS: StatementSummary[] = [
  {
    engagement_id: ENGAGEMENT_ID,
    helper_first_name: 'Anna',
    help_seeker_first_name: 'Gerda',
    month: '2026-09',
    days: 4,
    minutes: 720,
    amount_cents: 19800,
  },
];

/** The dossier page of a matched dossier with Anna helping, its hours answered by `hours`. */
function api(
  hours: (call: StubCall) => Response,
  routes: Record<string, (call: StubCall) => Response | Promise<Response>> = {},
  dossier = dossierWith({ status: 'matched', paid: true }),
  statements = STATEMENTS,
) {
  return publicApi({
    ...signedIn,
    ...quietMatching(API),
    [`GET ${API}`]: json(dossier),
    [`GET ${API}/engagements`]: json([ENGAGEMENT]),
    [`GET ${API}/access-log`]: json({ items: [], next_cursor: null }),
    [`GET ${API}/proxies`]: json([]),
    [`GET ${API}/statements`]: json(statements),
    'GET /api/v1/skills': json(SKILLS),
    [`GET ${API}/hours`]: hours,
    ...routes,
  });
}

const monthAsked = (call: StubCall) => new URLSearchParams(call.search).get('month');

async function hoursCard() {
  // The first test loads the dossier page's code (a lazy route) cold.
  return screen.findByRole('region', { name: 'Uren' }, { timeout: 5000 });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hours on the dossier page', { timeout: 30_000 }, () => {
  it('opens on the oldest month with hours waiting and lists the months that wait', async () => {
    const stub = api((call) =>
      monthAsked(call) === '2026-10'
        ? json(month('2026-10', [MONDAY, APPROVED], { months_waiting: ['2026-10', '2026-11'] }))
        : json(month('2026-12', [], { months_waiting: ['2026-10', '2026-11'] })),
    );
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    expect(
      within(card).getByText(/minstens één keer per maand goed, liefst zo snel/),
    ).toBeVisible();
    expect(await within(card).findByTestId('hours-month')).toHaveTextContent('oktober 2026');
    expect(stub.callsTo('GET', `${API}/hours`).map(monthAsked)).toEqual([null, '2026-10']);
    const waiting = within(card).getByRole('group', { name: '2 maanden wachten:' });
    expect(within(waiting).getByRole('button', { name: 'oktober 2026' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const table = await within(card).findByRole('table', { name: 'Uren om goed te keuren' });
    expect(within(table).getByText('09:00–12:00')).toBeInTheDocument();
    expect(within(table).getByText('3 u')).toBeInTheDocument();
    expect(within(table).getByText('€ 49,50')).toBeInTheDocument();
    expect(within(card).getByTestId('hours-waiting-total')).toHaveTextContent(
      'oktober 2026: 1 regel · 3 uur · € 49,50',
    );
    // The next month waits too: a chip goes there.
    await userEvent.setup().click(within(waiting).getByRole('button', { name: 'november 2026' }));
    await waitFor(() =>
      expect(stub.callsTo('GET', `${API}/hours`).map(monthAsked)).toContain('2026-11'),
    );
  });

  it('approves one entry and says so', async () => {
    const user = userEvent.setup();
    let entries = [MONDAY, TUESDAY];
    const stub = api(() => json(month('2026-10', entries)), {
      [`POST ${API}/hours/${MONDAY.id}/approval`]: () => {
        entries = [{ ...MONDAY, status: 'approved', decided_by_name: 'Anna Jansen' }, TUESDAY];
        entries[0] = { ...entries[0], decided_at: '2026-11-01T09:00:00Z' } as HoursEntry;
        return json({ approved: 1, minutes: 180 });
      },
    });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    const table = await within(card).findByRole('table', { name: 'Uren om goed te keuren' });
    expect(within(table).getByText('13:00–15:30')).toBeInTheDocument();
    expect(within(table).getByText('15 min pauze')).toBeInTheDocument();
    expect(within(table).getByText('2 u 15 min')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: /^Goedkeuren: Anna, ma 5 okt/ }));
    await waitFor(() =>
      expect(stub.callsTo('POST', `${API}/hours/${MONDAY.id}/approval`)).toHaveLength(1),
    );
    expect(await within(card).findByTestId('hours-notice')).toHaveTextContent(
      /De uren van Anna op ma 5 okt.* zijn goedgekeurd\./,
    );
    const approved = await within(card).findByRole('table', { name: 'Goedgekeurd' });
    expect(within(approved).getByText(/^Anna Jansen, 1 november 2026/)).toBeInTheDocument();
    expect(
      within(card).getByRole('table', { name: 'Uren om goed te keuren' }),
    ).not.toHaveTextContent('Boodschappen gedaan.');
  });

  it('rejects an entry only with a reason, and sends the reason', async () => {
    const user = userEvent.setup();
    const stub = api(() => json(month('2026-10', [MONDAY, TUESDAY])), {
      [`POST ${API}/hours/${TUESDAY.id}/rejection`]: () =>
        json({ ...TUESDAY, status: 'rejected', reject_reason: 'Tot 15:00.' }),
    });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    const table = await within(card).findByRole('table', { name: 'Uren om goed te keuren' });
    await user.click(within(table).getByRole('button', { name: /^Afkeuren: Anna, di 6 okt/ }));
    const dialog = await screen.findByRole('dialog', {
      name: /Uren van Anna op di 6 okt.* afkeuren\?/,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Afkeuren' }));
    expect(
      within(dialog).getByText('Schrijf waarom de uren niet kloppen; de helper leest het.'),
    ).toBeInTheDocument();
    expect(stub.callsTo('POST', `${API}/hours/${TUESDAY.id}/rejection`)).toHaveLength(0);
    await user.type(within(dialog).getByLabelText(/Reden/), 'Tot 15:00.');
    await user.click(within(dialog).getByRole('button', { name: 'Afkeuren' }));
    await waitFor(() =>
      expect(stub.callsTo('POST', `${API}/hours/${TUESDAY.id}/rejection`)).toHaveLength(1),
    );
    expect(stub.callsTo('POST', `${API}/hours/${TUESDAY.id}/rejection`)[0]?.body).toEqual({
      reason: 'Tot 15:00.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(card).findByTestId('hours-notice')).toHaveTextContent(
      /teruggestuurd met uw reden/,
    );
  });

  it('approves the whole month after a confirmation with the total, and tells the API’s count', async () => {
    const user = userEvent.setup();
    let entries = [MONDAY, TUESDAY, FRIDAY];
    const stub = api(() => json(month('2026-10', entries)), {
      // Someone else approved Friday's hour meanwhile: this request approved two.
      [`POST ${API}/hours/approval`]: () => {
        entries = entries.map((item) => ({
          ...item,
          status: 'approved',
          decided_at: '2026-11-01T09:00:00Z',
          decided_by_name: 'Anna Jansen',
        }));
        return json({ approved: 2, minutes: 315 });
      },
    });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    await user.click(
      await within(card).findByRole('button', { name: 'Alles goedkeuren (6,25 uur)' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Alle uren van oktober 2026 goedkeuren?',
    });
    expect(dialog).toHaveTextContent('U keurt 3 regels goed, samen 6,25 uur voor € 103,13.');
    expect(stub.callsTo('POST', `${API}/hours/approval`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Alles goedkeuren' }));
    await waitFor(() => expect(stub.callsTo('POST', `${API}/hours/approval`)).toHaveLength(1));
    // Only the entries shown: hours logged since would stay waiting.
    expect(stub.callsTo('POST', `${API}/hours/approval`)[0]?.body).toEqual({
      month: '2026-10',
      entry_ids: [MONDAY.id, TUESDAY.id, FRIDAY.id],
    });
    const notice = await within(card).findByTestId('hours-notice');
    expect(notice).toHaveTextContent(
      '2 regels van oktober 2026 goedgekeurd (5,25 uur). 1 regel die u zag, had iemand anders intussen al behandeld.',
    );
    expect(await within(card).findByText('Er wachten geen uren uit oktober 2026.')).toBeVisible();
  });

  it('says so when nothing was left to approve', async () => {
    const user = userEvent.setup();
    const stub = api(() => json(month('2026-10', [MONDAY])), {
      [`POST ${API}/hours/approval`]: () => json({ approved: 0, minutes: 0 }),
    });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    await user.click(await within(card).findByRole('button', { name: 'Alles goedkeuren (3 uur)' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Alles goedkeuren' }));
    expect(await within(card).findByTestId('hours-notice')).toHaveTextContent(
      'Er was niets meer goed te keuren: iemand anders had de uren van oktober 2026 intussen al behandeld.',
    );
  });

  it('shows the API’s refusal when one entry was already decided', async () => {
    const user = userEvent.setup();
    const stub = api(() => json(month('2026-10', [MONDAY])), {
      [`POST ${API}/hours/${MONDAY.id}/approval`]: () =>
        problem(409, { detail: 'Deze uren wachten niet op goedkeuring.' }),
    });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    await user.click(await within(card).findByRole('button', { name: /^Goedkeuren: Anna/ }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Deze uren wachten niet op goedkeuring.',
    );
    // Read again, to show how it stands now.
    await waitFor(() => expect(stub.callsTo('GET', `${API}/hours`).length).toBeGreaterThan(1));
  });

  it('is read only for a proxy without the right to approve, without amounts', async () => {
    const proxy = dossierWith({
      status: 'matched',
      paid: true,
      my_role: 'proxy',
      my_rights: ['view'],
    });
    const stub = api(
      () => json(month('2026-10', [MONDAY, APPROVED, REPLACED], { may_approve: false })),
      {},
      proxy,
      STATEMENTS.map((statement) => ({ ...statement, amount_cents: null })),
    );
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    expect(await within(card).findByTestId('hours-read-only')).toHaveTextContent(
      'U kunt deze uren lezen, maar niet goedkeuren.',
    );
    const waiting = await within(card).findByRole('table', { name: 'Uren om goed te keuren' });
    expect(within(waiting).queryByRole('button')).not.toBeInTheDocument();
    expect(within(waiting).queryByRole('columnheader', { name: 'Bedrag' })).not.toBeInTheDocument();
    expect(
      within(card).queryByRole('button', { name: /Alles goedkeuren/ }),
    ).not.toBeInTheDocument();
    expect(within(card).queryByText(/€/)).not.toBeInTheDocument();
    // The approved history: who approved, and the replaced entry struck through.
    const approved = within(card).getByRole('table', { name: 'Goedgekeurd' });
    expect(within(approved).getAllByText(/^Anna Jansen, /)).toHaveLength(2);
    expect(within(approved).getByText('Vervangen door correctie')).toBeInTheDocument();
  });

  it('downloads a monthly statement, with progress while it comes', async () => {
    const user = userEvent.setup();
    let release: (response: Response) => void = () => undefined;
    const pdf = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const created = vi.fn((_blob: Blob) => 'blob:statement');
    URL.createObjectURL = created as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const path = `/api/v1/engagements/${ENGAGEMENT_ID}/statements/2026-09`;
    const stub = api(() => json(month('2026-10', [])), { [`GET ${path}`]: () => pdf });
    renderPartner(ROUTE, stub);
    const card = await hoursCard();
    const button = await within(card).findByRole('button', {
      name: 'Download PDF: Anna, september 2026',
    });
    expect(within(card).getByText('4 dagen · 12 uur · € 198,00')).toBeInTheDocument();
    await user.click(button);
    expect(await within(card).findByTestId('statement-progress')).toHaveTextContent(
      'Het maandoverzicht van september 2026 wordt opgehaald…',
    );
    expect(button).toHaveAttribute('data-loading', 'true');
    release(
      new Response('%PDF-1.4', {
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': 'attachment; filename="kring-2026-09-anna.pdf"',
        },
      }),
    );
    expect(await within(card).findByText('kring-2026-09-anna.pdf is gedownload.')).toBeVisible();
    expect(stub.callsTo('GET', path)).toHaveLength(1);
    expect(created).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('is not there before anyone helps', async () => {
    const stub = publicApi({
      ...signedIn,
      ...quietMatching(API),
      [`GET ${API}`]: json(dossierWith({ status: 'searching', paid: true })),
      [`GET ${API}/access-log`]: json({ items: [], next_cursor: null }),
      [`GET ${API}/proxies`]: json([]),
      'GET /api/v1/skills': json(SKILLS),
    });
    renderPartner(ROUTE, stub);
    expect(
      await screen.findByRole('heading', { name: 'Geschiedenis' }, { timeout: 5000 }),
    ).toBeVisible();
    await waitFor(() => expect(stub.callsTo('GET', `${API}/engagements`)).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Uren' })).not.toBeInTheDocument();
    expect(stub.callsTo('GET', `${API}/hours`)).toHaveLength(0);
  });
});
