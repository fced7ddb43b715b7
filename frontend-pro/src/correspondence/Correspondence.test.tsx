import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { LINDE_ID } from '../test/proApi';
import { AskQuestionButton } from './AskQuestionButton';
import { ANSWERED, BASE, CLOSED, PROJECT_ID, THREAD, WAITING, correspondenceApi } from './testData';

function render(route = '/', routes: Record<string, StubAnswer> = {}) {
  const api = correspondenceApi(routes);
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

describe('my correspondence on the home page', () => {
  it('lists my open threads, the unread answer in bold with a badge and words for screen readers', async () => {
    render();
    const card = await screen.findByRole('region', { name: 'Mijn correspondentie' });
    const list = await within(card).findByRole('list', { name: 'Openstaande correspondentie' });
    const [first, second] = within(list).getAllByTestId('thread');
    if (!first || !second) throw new Error('two threads expected');

    const unread = within(first).getByRole('link', {
      name: `Ongelezen antwoord: ${ANSWERED.subject}`,
    });
    expect(unread).toHaveAttribute('href', `/correspondence/${ANSWERED.id}`);
    expect(unread).toHaveStyle({ fontWeight: '800' });
    expect(within(first).getByText('Nieuw')).toBeInTheDocument();
    expect(first).toHaveTextContent('Woonvoorziening De Linde');

    const read = within(second).getByRole('link', { name: WAITING.subject });
    expect(read).toHaveStyle({ fontWeight: '500' });
    expect(within(second).queryByText('Nieuw')).not.toBeInTheDocument();
    expect(second).toHaveTextContent('Algemene vraag');
    expect(second).toHaveTextContent('wacht op antwoord');
    expect(within(card).getByTestId('unread-count')).toHaveTextContent('1 ongelezen');
  });

  it('links to the branch training offer on the contact card', async () => {
    render();
    const contact = await screen.findByRole('region', { name: 'Contact met Kring' });
    expect(
      await within(contact).findByRole('link', { name: 'Ons trainingsaanbod' }),
    ).toHaveAttribute('href', 'https://kring.demo/trainingen');
  });

  it('opens a thread from the card', async () => {
    const user = userEvent.setup();
    render();
    await user.click(
      await screen.findByRole('link', { name: /Extra dienst tijdens de feestdagen/ }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: THREAD.subject }),
    ).toBeInTheDocument();
  });
});

describe('asking a question', () => {
  it('sends a general question from the home page and says who will answer', async () => {
    const user = userEvent.setup();
    const { api } = render('/', {
      [`POST ${BASE}/questions`]: json(
        { ...THREAD, id: 'new', project_id: null, project_name: null },
        201,
      ),
    });
    const question = await screen.findByRole('region', { name: 'Een vraag stellen' });
    await user.click(await within(question).findByRole('button', { name: 'Stel een vraag' }));

    const dialog = await screen.findByRole('dialog', { name: 'Stel een vraag aan Kring' });
    await user.click(within(dialog).getByRole('button', { name: 'Vraag versturen' }));
    expect(await within(dialog).findByText('Geef een onderwerp.')).toBeInTheDocument();
    expect(within(dialog).getByText('Schrijf uw vraag.')).toBeInTheDocument();
    expect(api.callsTo('POST', `${BASE}/questions`)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/Onderwerp/), '  Nieuwe sleutels ');
    await user.type(within(dialog).getByLabelText(/Uw vraag/), 'Wie heeft de sleutels?');
    await user.click(within(dialog).getByRole('button', { name: 'Vraag versturen' }));

    const sent = await within(dialog).findByTestId('question-sent');
    expect(sent).toHaveTextContent('Uw vraag is verstuurd');
    expect(sent).toHaveTextContent('De vestiging beantwoordt uw vraag. U krijgt een e-mail');
    expect(within(sent).getByRole('link', { name: 'Naar het gesprek' })).toHaveAttribute(
      'href',
      '/correspondence/new',
    );
    expect(api.callsTo('POST', `${BASE}/questions`).map((call) => call.body)).toEqual([
      { subject: 'Nieuwe sleutels', body: 'Wie heeft de sleutels?' },
    ]);
  });

  it("shows the API's refusal on its field, and a 409 as a message", async () => {
    const user = userEvent.setup();
    let calls = 0;
    render('/', {
      [`POST ${BASE}/questions`]: () => {
        calls += 1;
        return calls === 1
          ? problem(422, {
              errors: [{ field: 'subject', message: 'Schrijf het onderwerp op één regel.' }],
            })
          : problem(409, { detail: 'Bel Kring alstublieft.' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Stel een vraag' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Onderwerp/), 'Sleutels');
    await user.type(within(dialog).getByLabelText(/Uw vraag/), 'Wie?');
    await user.click(within(dialog).getByRole('button', { name: 'Vraag versturen' }));
    expect(
      await within(dialog).findAllByText('Schrijf het onderwerp op één regel.'),
    ).not.toHaveLength(0);
    expect(within(dialog).getByLabelText(/Onderwerp/)).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Vraag versturen' }));
    expect(await within(dialog).findByText('Bel Kring alstublieft.')).toBeInTheDocument();
  });

  it('asks the care manager about a project with the button the project page uses', async () => {
    const user = userEvent.setup();
    const api = correspondenceApi({
      [`POST ${BASE}/projects/${PROJECT_ID}/questions`]: json(THREAD, 201),
    });
    renderWithProviders(
      <AskQuestionButton
        organisationId={LINDE_ID}
        projectId={PROJECT_ID}
        projectName="Woonvoorziening De Linde"
      />,
      { translations, fetch: api.fetch },
    );
    await user.click(screen.getByRole('button', { name: 'Stel een vraag over dit project' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Vraag over Woonvoorziening De Linde',
    });
    expect(dialog).toHaveTextContent('naar de zorgmanager die dit project leidt');
    await user.type(within(dialog).getByLabelText(/Onderwerp/), 'Extra dienst');
    await user.type(within(dialog).getByLabelText(/Uw vraag/), 'Kan dat op 24 december?');
    await user.click(within(dialog).getByRole('button', { name: 'Vraag versturen' }));
    expect(await within(dialog).findByTestId('question-sent')).toHaveTextContent(
      'De zorgmanager van het project beantwoordt uw vraag',
    );
    expect(api.callsTo('POST', `${BASE}/projects/${PROJECT_ID}/questions`)).toHaveLength(1);
  });
});

describe('all my correspondence', () => {
  it('shows the open threads, and the closed ones too under all', async () => {
    const user = userEvent.setup();
    const { api } = render('/correspondence');
    const list = await screen.findByRole('list', { name: 'Correspondentie' });
    expect(within(list).getAllByTestId('thread')).toHaveLength(2);
    await user.click(screen.getByRole('radio', { name: 'Alle correspondentie' }));
    const closed = await screen.findByRole('link', { name: CLOSED.subject });
    expect(closed.closest('li')).toHaveTextContent('Gesloten');
    expect(
      api
        .callsTo('GET', `${BASE}/correspondence`)
        .map((call) => new URLSearchParams(call.search).get('view')),
    ).toEqual(['open', 'all']);
  });

  it('says so when there is nothing', async () => {
    render('/correspondence', {
      [`GET ${BASE}/correspondence`]: json({ items: [], next_cursor: null }),
    });
    expect(await screen.findByText('Geen correspondentie')).toBeInTheDocument();
  });
});
