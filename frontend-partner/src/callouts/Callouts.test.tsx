import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CalloutForm, CalloutInFeed } from '../api/callouts';
import { signedIn } from '../dossiers/fixtures';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const HOOD = '0192f0c4-0000-7000-8000-0000000c0001';
const CALLOUT = '0192f0c4-0000-7000-8000-0000000c0101';
const WHERE = '0192f0c4-0000-7000-8000-0000000c0201';
const CAR = '0192f0c4-0000-7000-8000-0000000c0202';
const MORE = '0192f0c4-0000-7000-8000-0000000c0203';

const CARD: CalloutInFeed = {
  id: CALLOUT,
  organisation_name: 'Gemeente Utrecht',
  title: 'Wie helpt mee bij de kerstmarkt?',
  body: 'We zoeken vrijwilligers voor de kraampjes.',
  ends_on: '2026-12-18',
  created_at: '2026-12-07T09:00:00Z',
  answered: false,
};

const FORM: CalloutForm = {
  ...CARD,
  asks_name: true,
  asks_email: true,
  asks_availability: true,
  questions: [
    {
      id: WHERE,
      position: 0,
      kind: 'choice',
      label: 'Waar help je het liefst?',
      choices: ['Opbouw', 'Kraampjes'],
      required: true,
    },
    {
      id: CAR,
      position: 1,
      kind: 'yes_no',
      label: 'Heb je een auto?',
      choices: null,
      required: false,
    },
    { id: MORE, position: 2, kind: 'text', label: 'Nog iets?', choices: null, required: false },
  ],
  open: true,
  my_answer: null,
  account_name: 'Anna de Vries',
  account_email: 'anna@example.org',
};

const FEED = `GET /api/v1/neighbourhoods/${HOOD}/posts`;
const CALLOUTS = `GET /api/v1/neighbourhoods/${HOOD}/callouts`;
const ONE = `GET /api/v1/neighbourhoods/${HOOD}/callouts/${CALLOUT}`;
const ANSWER = `PUT /api/v1/neighbourhoods/${HOOD}/callouts/${CALLOUT}/answer`;

describe('callouts in the neighbourhood', { timeout: 20_000 }, () => {
  it('shows an open callout on top of the feed as a callout of the organisation', async () => {
    renderPartner(
      `/buurten/${HOOD}`,
      publicApi({
        ...signedIn,
        [FEED]: json({ items: [], next_cursor: null }),
        [CALLOUTS]: json([CARD, { ...CARD, id: 'x', title: 'Al beantwoord', answered: true }]),
      }),
    );
    const cards = await screen.findAllByTestId('callout-card');
    expect(cards).toHaveLength(2);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByText('Oproep van Gemeente Utrecht')).toBeInTheDocument();
    expect(within(first).getByRole('heading', { name: CARD.title })).toBeInTheDocument();
    expect(within(first).getByText(/Loopt tot .*18 december 2026/)).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Beantwoorden' })).toHaveAttribute(
      'href',
      `/buurten/${HOOD}/oproepen/${CALLOUT}`,
    );
    expect(
      within(cards[1] as HTMLElement).getByRole('link', { name: 'Je antwoord wijzigen' }),
    ).toBeInTheDocument();
  });

  it('answers through the form built from the questions', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [ONE]: json(FORM),
      [ANSWER]: json({
        name: 'Anna de Vries',
        email: 'anna@example.org',
        availability: ['sat_morning'],
        answers: { [WHERE]: 'Kraampjes', [CAR]: true },
        updated_at: '2026-12-07T10:00:00Z',
      }),
      [FEED]: json({ items: [], next_cursor: null }),
      [CALLOUTS]: json([]),
    });
    renderPartner(`/buurten/${HOOD}/oproepen/${CALLOUT}`, api);
    expect(await screen.findByRole('heading', { name: CARD.title, level: 1 })).toBeInTheDocument();
    // Prefilled from the account.
    expect(screen.getByLabelText(/^Naam/)).toHaveValue('Anna de Vries');
    expect(screen.getByLabelText(/^E-mailadres/)).toHaveValue('anna@example.org');

    // The required choice and a day-part are missing: refused on the page, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Kies minstens één dagdeel.')).toBeInTheDocument();
    expect(api.callsTo('PUT', ANSWER.slice(4))).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: 'Zaterdag ochtend' }));
    await user.click(screen.getByRole('radio', { name: 'Kraampjes' }));
    await user.click(screen.getByRole('radio', { name: 'Ja' }));
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(api.callsTo('PUT', ANSWER.slice(4))).toHaveLength(1));
    expect(api.callsTo('PUT', ANSWER.slice(4))[0]?.body).toEqual({
      name: 'Anna de Vries',
      email: 'anna@example.org',
      availability: ['sat_morning'],
      answers: { [WHERE]: 'Kraampjes', [CAR]: true },
    });
    await waitFor(() => expect(where()).toBe(`/buurten/${HOOD}`));
  });

  it("shows the API's refusal on the question it names", async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [ONE]: json({ ...FORM, asks_availability: false, asks_name: false, asks_email: false }),
      [ANSWER]: problem(422, {
        errors: [{ field: `answers.${MORE}`, message: 'Gebruik hooguit 1000 tekens.' }],
      }),
    });
    renderPartner(`/buurten/${HOOD}/oproepen/${CALLOUT}`, api);
    await user.click(await screen.findByRole('radio', { name: 'Opbouw' }));
    await user.type(screen.getByLabelText('Nog iets?'), 'Veel te lang');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect((await screen.findAllByText('Gebruik hooguit 1000 tekens.')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Nog iets?')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says when a callout takes no more answers', async () => {
    renderPartner(
      `/buurten/${HOOD}/oproepen/${CALLOUT}`,
      publicApi({ ...signedIn, [ONE]: json({ ...FORM, open: false }) }),
    );
    expect(await screen.findByText('Deze oproep is afgelopen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Versturen' })).not.toBeInTheDocument();
  });
});
