import { json, renderWithProviders } from '@kring/common/test-utils';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../AppRoutes';
import type { AuditEvent } from '../api/accounts';
import { translations } from '../locales';
import { PETRA, staffApi } from '../test/adminApi';

const base = `/api/v1/admin/users/${PETRA.id}`;

function event(action: string, id: string): AuditEvent {
  return {
    id,
    action,
    actor_user_id: null,
    created_at: '2026-12-02T08:00:00Z',
    details: {},
    ip: null,
    organisation_id: null,
    outcome: 'success',
    subject_id: PETRA.id,
    subject_type: 'user_account',
  };
}

describe('the audit trail', () => {
  it('names the audit actions in words, and shows an unknown one as its code', async () => {
    const api = staffApi('advisor', {
      [`GET ${base}`]: json(PETRA),
      [`GET ${base}/sessions`]: json([]),
      [`GET ${base}/views`]: json({ items: [], next_cursor: null }),
      [`GET ${base}/audit-events`]: json({
        items: [
          event('mfa.phone_reset', '0192f0c4-0000-7000-8000-0000000008a1'),
          event('auth.login', '0192f0c4-0000-7000-8000-0000000008a2'),
          event('dossier.shredded', '0192f0c4-0000-7000-8000-0000000008a3'),
        ],
        next_cursor: null,
      }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/people/${PETRA.id}`,
    });
    const trail = await screen.findByRole('region', { name: 'Audittrail' });
    const items = await within(trail).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('2FA-telefoon gereset');
    expect(items[0]).not.toHaveTextContent('mfa.phone_reset');
    expect(items[1]).toHaveTextContent('Ingelogd');
    expect(items[2]).toHaveTextContent('dossier.shredded');
  });
});
