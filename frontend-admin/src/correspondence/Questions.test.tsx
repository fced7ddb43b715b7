import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { staffApi } from '../test/adminApi';
import { ConsoleWithAddress } from '../test/ConsoleWithAddress';
import { THREAD, WAITING_LONG, WAITING_NEW } from './testData';

const QUEUE = '/api/v1/admin/questions';
const ONE = `${QUEUE}/${THREAD.id}`;

describe('the questions queue', () => {
  it('is in the menu of roles that answer questions, the longest waiting first with its age', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      [`GET ${QUEUE}`]: json({ items: [WAITING_LONG, WAITING_NEW], next_cursor: null }),
    });
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await user.click(await within(nav).findByRole('link', { name: 'Vragen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vragen' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('question');
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    if (!first || !second) throw new Error('two questions expected');
    expect(within(first).getByTestId('age')).toHaveTextContent('3 dagen');
    expect(first).toHaveTextContent('Zorggroep De Linde');
    expect(first).toHaveTextContent('Woonvoorziening De Linde');
    expect(first).toHaveTextContent('Petra de Vries');
    expect(within(first).getByRole('link', { name: WAITING_LONG.subject })).toHaveAttribute(
      'href',
      `/questions/${WAITING_LONG.id}`,
    );
    expect(within(second).getByTestId('age')).toHaveTextContent('vandaag');
    expect(second).toHaveTextContent('Algemene vraag');
    expect(api.callsTo('GET', QUEUE)[0]?.search).toContain('view=waiting');

    await user.click(screen.getByRole('radio', { name: 'Alle vragen' }));
    await waitFor(() =>
      expect(screen.getByTestId('where')).toHaveTextContent('/questions?view=all'),
    );
    await waitFor(() =>
      expect(api.callsTo('GET', QUEUE).map((call) => call.search)).toContainEqual(
        expect.stringContaining('view=all'),
      ),
    );
  });

  it('says so when nothing waits', async () => {
    const api = staffApi('admin', { [`GET ${QUEUE}`]: json({ items: [], next_cursor: null }) });
    renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route: '/questions' });
    expect(await screen.findByText('Geen vragen die wachten')).toBeInTheDocument();
  });

  it('is not in the menu of a verifier, whose role answers no questions', async () => {
    const api = staffApi('verifier');
    renderWithProviders(<ConsoleWithAddress />, { translations, fetch: api.fetch, route: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Hoofdmenu' });
    await within(nav).findByRole('link', { name: 'Start' });
    expect(within(nav).queryByRole('link', { name: 'Vragen' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', QUEUE)).toEqual([]);
  });
});

describe('a question', () => {
  it('shows the conversation and who asked', async () => {
    const api = staffApi('branch', { [`GET ${ONE}`]: json(THREAD) });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/questions/${THREAD.id}`,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: THREAD.subject }),
    ).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'Over deze vraag' });
    expect(about).toHaveTextContent('Petra de Vries');
    expect(within(about).getByRole('link', { name: 'petra@delinde.example' })).toHaveAttribute(
      'href',
      'mailto:petra@delinde.example',
    );
    expect(about).toHaveTextContent('3 dagen');
    const [message] = within(screen.getByRole('list', { name: 'Berichten' })).getAllByTestId(
      'message',
    );
    expect(message).toHaveTextContent('Kunnen jullie op 24 december');
  });

  it('sends an answer, and puts a refusal of the API on the field', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const answered: typeof THREAD = {
      ...THREAD,
      awaiting_answer_since: null,
      waiting_days: null,
      answered_at: '2026-12-04T10:00:00Z',
      messages: [
        ...THREAD.messages,
        {
          id: 'm2',
          author_name: 'Ada Adviseur',
          from_supplier: true,
          body: 'Dat kan: we plannen hem in.',
          created_at: '2026-12-04T10:00:00Z',
        },
      ],
    };
    const api = staffApi('branch', {
      [`GET ${ONE}`]: json(THREAD),
      [`POST ${ONE}/answers`]: () => {
        calls += 1;
        return calls === 1
          ? problem(422, { errors: [{ field: 'body', message: 'Gebruik hooguit 4000 tekens.' }] })
          : json(answered);
      },
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/questions/${THREAD.id}`,
    });
    const box = await screen.findByLabelText(/Je antwoord/);
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findAllByText('Schrijf een antwoord.')).not.toHaveLength(0);
    expect(api.callsTo('POST', `${ONE}/answers`)).toHaveLength(0);

    await user.type(box, 'Dat kan: we plannen hem in.');
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription(/Gebruik hooguit 4000 tekens/));

    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(await screen.findByText('Je antwoord is verstuurd.')).toBeInTheDocument();
    const messages = within(screen.getByRole('list', { name: 'Berichten' })).getAllByTestId(
      'message',
    );
    expect(messages.map((message) => message.dataset.from)).toEqual(['asker', 'supplier']);
    expect(messages[1]).toHaveTextContent('Ada Adviseur (Kring)');
    expect(api.callsTo('POST', `${ONE}/answers`).map((call) => call.body)).toEqual([
      { body: 'Dat kan: we plannen hem in.' },
      { body: 'Dat kan: we plannen hem in.' },
    ]);
  });

  it('closes the question: no more answers', async () => {
    const user = userEvent.setup();
    const api = staffApi('branch', {
      [`GET ${ONE}`]: json(THREAD),
      [`POST ${ONE}/close`]: json({
        ...THREAD,
        status: 'closed',
        closed_at: '2026-12-04T10:00:00Z',
        awaiting_answer_since: null,
        waiting_days: null,
      }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/questions/${THREAD.id}`,
    });
    await user.click(await screen.findByRole('button', { name: 'Sluiten' }));
    expect(await screen.findByText('Deze vraag is gesloten')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Je antwoord/)).not.toBeInTheDocument();
    expect(api.callsTo('POST', `${ONE}/close`)).toHaveLength(1);
  });
});
