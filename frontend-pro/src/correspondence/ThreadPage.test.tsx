import { json, problem, renderWithProviders, type StubAnswer } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { BASE, THREAD, correspondenceApi } from './testData';

const URL = `${BASE}/correspondence/${THREAD.id}`;

function render(routes: Record<string, StubAnswer> = {}) {
  const api = correspondenceApi(routes);
  const route = `/correspondence/${THREAD.id}`;
  return { api, ...renderWithProviders(<AppRoutes />, { translations, fetch: api.fetch, route }) };
}

describe('a thread', () => {
  it('shows the messages as a conversation: mine and Kring’s answers', async () => {
    render();
    expect(
      await screen.findByRole('heading', { level: 1, name: THREAD.subject }),
    ).toBeInTheDocument();
    expect(screen.getByText('Woonvoorziening De Linde')).toBeInTheDocument();
    const messages = within(screen.getByRole('list', { name: 'Berichten' })).getAllByTestId(
      'message',
    );
    expect(messages.map((message) => message.dataset.from)).toEqual(['me', 'supplier']);
    expect(messages[0]).toHaveTextContent('U');
    expect(messages[0]).toHaveTextContent('Kunnen jullie op 24 december');
    expect(messages[1]).toHaveTextContent('Carla Zorgman (Kring)');
    expect(messages[1]).toHaveTextContent('Dat kan: we plannen een extra avonddienst in.');
  });

  it('sends a reply and shows it', async () => {
    const user = userEvent.setup();
    const replied = {
      ...THREAD,
      waiting_for_answer: true,
      messages: [
        ...THREAD.messages,
        {
          id: 'm3',
          author_name: 'Paula Zorgprofessional',
          from_supplier: false,
          body: 'En op 31 december?',
          created_at: '2026-12-04T10:00:00Z',
        },
      ],
    };
    const { api } = render({ [`POST ${URL}/messages`]: json(replied, 201) });
    const box = await screen.findByLabelText(/Uw bericht/);
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findAllByText('Schrijf een bericht.')).not.toHaveLength(0);
    await user.type(box, 'En op 31 december?');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Uw bericht is verstuurd.')).toBeInTheDocument();
    expect(await screen.findByText('En op 31 december?')).toBeInTheDocument();
    expect(screen.getByTestId('waiting')).toHaveTextContent(
      'wacht op een antwoord van de zorgmanager',
    );
    expect(box).toHaveValue('');
    expect(api.callsTo('POST', `${URL}/messages`).map((call) => call.body)).toEqual([
      { body: 'En op 31 december?' },
    ]);
  });

  it('closes the thread: no more replies', async () => {
    const user = userEvent.setup();
    const closed = { ...THREAD, status: 'closed', closed_at: '2026-12-04T10:00:00Z' };
    const { api } = render({ [`POST ${URL}/close`]: json(closed) });
    await user.click(await screen.findByRole('button', { name: 'Sluiten' }));
    expect(await screen.findByText('Dit gesprek is gesloten')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Uw bericht/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sluiten' })).not.toBeInTheDocument();
    expect(api.callsTo('POST', `${URL}/close`)).toHaveLength(1);
  });

  it('is not found when it is not mine', async () => {
    render({ [`GET ${URL}`]: problem(404) });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Deze pagina bestaat niet',
    );
  });
});
