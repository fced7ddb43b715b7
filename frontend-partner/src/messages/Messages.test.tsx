import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ConversationRead, ConversationSummary } from '../api/messages';
import { signedIn } from '../dossiers/fixtures';
import en from '../locales/messages/en.json';
import fr from '../locales/messages/fr.json';
import nl from '../locales/messages/nl.json';
import { publicApi } from '../test/fixtures';
import { renderPartner } from '../test/renderPartner';

const ID = '0192f0c4-0000-7000-8000-00000000b001';
const WORKER_ID = '0192f0c4-0000-7000-8000-00000000b002';
const BERT: ConversationSummary = {
  id: ID,
  post_id: null,
  post_title: null,
  other_user_id: '0192f0c4-0000-7000-8000-0000000000b7',
  other_name: 'Bert J.',
  other_is_neighbourhood_worker: false,
  last_message_at: '2026-12-07T09:30:00Z',
  last_message_excerpt: 'Zal ik zaterdag komen?',
  last_message_mine: false,
  unread_count: 2,
};
const WORKER: ConversationSummary = {
  ...BERT,
  id: WORKER_ID,
  post_id: '0192f0c4-0000-7000-8000-00000000b0a1',
  post_title: 'Boodschappen op zaterdag',
  other_user_id: null,
  other_name: 'de buurtwerker',
  other_is_neighbourhood_worker: true,
  last_message_excerpt: 'Dank je!',
  last_message_mine: true,
  unread_count: 0,
};
const READ: ConversationRead = {
  ...BERT,
  messages: [
    {
      id: 'm2',
      mine: false,
      body: 'Zal ik zaterdag komen? <b>ja</b>',
      created_at: '2026-12-07T09:30:00Z',
    },
    { id: 'm1', mine: true, body: 'Wie heeft een ladder?', created_at: '2026-12-07T09:00:00Z' },
  ],
  next_cursor: null,
  blocked_by_me: false,
};

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('messages between neighbours', { timeout: 20_000 }, () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('lists the conversations with unread badges; the worker stays unnamed', async () => {
    renderPartner(
      '/berichten',
      publicApi({
        ...signedIn,
        'GET /api/v1/conversations': json({ items: [BERT, WORKER], next_cursor: null }),
      }),
    );
    const bert = await screen.findByRole('link', { name: 'Bert J.' });
    expect(bert).toHaveAttribute('href', `/berichten/${ID}`);
    const row = bert.closest('li') as HTMLElement;
    expect(within(row).getByText('2 ongelezen')).toBeInTheDocument();
    const worker = screen
      .getByRole('link', { name: 'de buurtwerker' })
      .closest('li') as HTMLElement;
    expect(within(worker).getByText('Over: Boodschappen op zaterdag')).toBeInTheDocument();
    expect(within(worker).getByText('Jij: Dank je!')).toBeInTheDocument();
    expect(within(worker).queryByText(/ongelezen/)).not.toBeInTheDocument();
  });

  it('shows the newest message at the bottom as plain text, marks it read and sends', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/conversations/${ID}`]: json(READ),
      [`POST /api/v1/conversations/${ID}/read`]: json({ ...BERT, unread_count: 0 }),
      [`POST /api/v1/conversations/${ID}/messages`]: json(READ, 201),
      'GET /api/v1/conversations/unread': json({ conversations: 0, messages: 0 }),
    });
    renderPartner(`/berichten/${ID}`, api);
    const older = await screen.findByText('Wie heeft een ladder?');
    // Shown as typed: the markup is text, not bold.
    const newer = screen.getByText('Zal ik zaterdag komen? <b>ja</b>');
    expect(older.compareDocumentPosition(newer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/conversations/${ID}/read`)).toHaveLength(1),
    );
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Graag, om tien uur');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/api/v1/conversations/${ID}/messages`)[0]?.body).toEqual({
        body: 'Graag, om tien uur',
      }),
    );
  });

  it('says so when sending is refused or too fast', async () => {
    const user = userEvent.setup();
    renderPartner(
      `/berichten/${ID}`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/conversations/${ID}`]: json({ ...READ, unread_count: 0 }),
        [`POST /api/v1/conversations/${ID}/messages`]: problem(429, { detail: 'Te veel' }),
      }),
    );
    await user.type(await screen.findByRole('textbox', { name: /Je bericht/ }), 'Hoi');
    await user.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText(/veel berichten in korte tijd/)).toBeInTheDocument();
  });

  it('blocks and reports the other person, and lifts the block again', async () => {
    const user = userEvent.setup();
    let blocked = false;
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/conversations/${ID}`]: () =>
        json({ ...READ, unread_count: 0, blocked_by_me: blocked }),
      [`PUT /api/v1/me/blocks/${BERT.other_user_id}`]: () => {
        blocked = true;
        return json([]);
      },
      [`DELETE /api/v1/me/blocks/${BERT.other_user_id}`]: () => {
        blocked = false;
        return new Response(null, { status: 204 });
      },
      'POST /api/v1/neighbourhood-reports': json({}, 201),
    });
    renderPartner(`/berichten/${ID}`, api);
    await user.click(await screen.findByRole('button', { name: 'Melden' }));
    await user.type(screen.getByRole('textbox', { name: /Waarom meld je/ }), 'Dreigend');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Dank je. Kring bekijkt je melding.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/v1/neighbourhood-reports')[0]?.body).toEqual({
      subject_type: 'person',
      subject_id: BERT.other_user_id,
      reason: 'Dreigend',
    });
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    const confirm = screen.getAllByRole('button', { name: 'Blokkeren' });
    await user.click(confirm.at(-1) as HTMLElement);
    expect(await screen.findByText('Je hebt Bert J. geblokkeerd.')).toBeInTheDocument();
    // While the block lasts there is nothing to send.
    expect(screen.queryByRole('textbox', { name: /Je bericht/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Blokkeren' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Blokkade opheffen' }));
    expect(await screen.findByText('Bert J. is niet meer geblokkeerd.')).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /Je bericht/ })).toBeInTheDocument();
    expect(api.callsTo('DELETE', `/api/v1/me/blocks/${BERT.other_user_id}`)).toHaveLength(1);
  });

  it('reports the worker of an anonymous post by their message, and cannot block them', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/conversations/${WORKER_ID}`]: json({ ...READ, ...WORKER }),
      'POST /api/v1/neighbourhood-reports': json({}, 201),
    });
    renderPartner(`/berichten/${WORKER_ID}`, api);
    await user.click(await screen.findByRole('button', { name: 'Melden' }));
    expect(screen.queryByRole('button', { name: 'Blokkeren' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Waarom meld je/ }), 'Raar');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    await screen.findByText('Dank je. Kring bekijkt je melding.');
    expect(api.callsTo('POST', '/api/v1/neighbourhood-reports')[0]?.body).toEqual({
      subject_type: 'message',
      subject_id: 'm2',
      reason: 'Raar',
    });
  });
});
