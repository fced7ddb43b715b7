// Test data for the correspondence pages: Paula's threads in De Linde.
import { json, type StubAnswer } from '@kring/common/test-utils';
import { LINDE, LINDE_ID, proApi } from '../test/proApi';
import type { Thread, ThreadSummary } from './api';

export const BASE = `/api/v1/organisations/${LINDE_ID}`;
export const PROJECT_ID = '0192f0c4-0000-7000-8000-0000000000p1';

export const ANSWERED: ThreadSummary = {
  id: '0192f0c4-0000-7000-8000-0000000000t1',
  subject: 'Extra dienst tijdens de feestdagen',
  project_id: PROJECT_ID,
  project_name: 'Woonvoorziening De Linde',
  status: 'open',
  created_at: '2026-12-01T09:00:00Z',
  last_message_at: '2026-12-03T14:30:00Z',
  unread: true,
  waiting_for_answer: false,
};

export const WAITING: ThreadSummary = {
  id: '0192f0c4-0000-7000-8000-0000000000t2',
  subject: 'Nieuwe sleutels',
  project_id: null,
  project_name: null,
  status: 'open',
  created_at: '2026-12-02T09:00:00Z',
  last_message_at: '2026-12-02T09:00:00Z',
  unread: false,
  waiting_for_answer: true,
};

export const CLOSED: ThreadSummary = {
  ...WAITING,
  id: '0192f0c4-0000-7000-8000-0000000000t3',
  subject: 'Parkeren bij de locatie',
  status: 'closed',
  waiting_for_answer: false,
};

export const THREAD: Thread = {
  ...ANSWERED,
  unread: false,
  closed_at: null,
  messages: [
    {
      id: 'm1',
      author_name: 'Paula Zorgprofessional',
      from_supplier: false,
      body: 'Kunnen jullie op 24 december een extra avonddienst inplannen?',
      created_at: '2026-12-01T09:00:00Z',
    },
    {
      id: 'm2',
      author_name: 'Carla Zorgman',
      from_supplier: true,
      body: 'Dat kan: we plannen een extra avonddienst in.',
      created_at: '2026-12-03T14:30:00Z',
    },
  ],
};

/** Paula's correspondence: open threads (one with an unread answer), and a closed one in all. */
export function correspondenceApi(routes: Record<string, StubAnswer> = {}) {
  return proApi(
    {},
    {
      [`GET ${BASE}/correspondence`]: (call) =>
        json({
          items:
            new URLSearchParams(call.search).get('view') === 'all'
              ? [ANSWERED, WAITING, CLOSED]
              : [ANSWERED, WAITING],
          next_cursor: null,
        }),
      [`GET ${BASE}/correspondence/unread`]: json({ unread: 1 }),
      [`GET ${BASE}/correspondence/${THREAD.id}`]: json(THREAD),
      [`GET /api/v1/organisations/${LINDE_ID}`]: json({
        ...LINDE,
        contact_card: { ...LINDE.contact_card, training_url: 'https://kring.demo/trainingen' },
      }),
      ...routes,
    },
  );
}
