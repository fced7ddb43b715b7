// Test data for the console's questions pages.
import type { QueueItem, StaffThread } from './api';

export const WAITING_LONG: QueueItem = {
  id: '0192f0c4-0000-7000-8000-0000000000q1',
  subject: 'Extra dienst tijdens de feestdagen',
  organisation_id: '0192f0c4-0000-7000-8000-00000000d1de',
  organisation_name: 'Zorggroep De Linde',
  project_id: '0192f0c4-0000-7000-8000-0000000000p1',
  project_name: 'Woonvoorziening De Linde',
  asker_name: 'Petra de Vries',
  status: 'open',
  created_at: '2026-12-01T09:00:00Z',
  last_message_at: '2026-12-01T09:00:00Z',
  awaiting_answer_since: '2026-12-01T09:00:00Z',
  waiting_days: 3,
};

export const WAITING_NEW: QueueItem = {
  ...WAITING_LONG,
  id: '0192f0c4-0000-7000-8000-0000000000q2',
  subject: 'Nieuwe sleutels',
  project_id: null,
  project_name: null,
  asker_name: 'Cas Bakker',
  awaiting_answer_since: '2026-12-04T09:00:00Z',
  waiting_days: 0,
};

export const THREAD: StaffThread = {
  ...WAITING_LONG,
  asker: {
    id: '0192f0c4-0000-7000-8000-0000000000a1',
    name: 'Petra de Vries',
    email: 'petra@delinde.example',
  },
  closed_at: null,
  answered_at: null,
  messages: [
    {
      id: 'm1',
      author_name: 'Petra de Vries',
      from_supplier: false,
      body: 'Kunnen jullie op 24 december een extra avonddienst inplannen?',
      created_at: '2026-12-01T09:00:00Z',
    },
  ],
};
