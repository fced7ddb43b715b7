import { json, problem, renderWithProviders } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account } from '../api/accounts';
import { AppRoutes } from '../AppRoutes';
import { translations } from '../locales';
import { BRANCH_ID, HARTINGBANK_UTRECHT } from '../orders/testData';
import { LINDE, PETRA, staffApi } from '../test/adminApi';

const BERT: Account = {
  id: '0192f0c4-0000-7000-8000-0000000000b1',
  email: 'branch@kring.demo',
  full_name: 'Bert Branch',
  status: 'active',
  staff_role: 'branch',
  language: 'nl',
  last_login_at: null,
  has_second_factor: true,
  memberships: [],
  staff_branch_id: null,
  staff_branch_name: null,
};
const USER_PATH = `/api/v1/admin/users/${BERT.id}`;
const BRANCH_PATH = `${USER_PATH}/staff-branch`;
const EMPTY = json({ items: [], next_cursor: null });

function accountPages(account: () => Account) {
  return {
    [`GET ${USER_PATH}`]: () => json(account()),
    [`GET ${USER_PATH}/audit-events`]: EMPTY,
    [`GET ${USER_PATH}/sessions`]: json([]),
    [`GET ${USER_PATH}/views`]: EMPTY,
  };
}

describe("a branch staff member's branch", { timeout: 30_000 }, () => {
  it('is chosen among the supplier branches, and shown by its name', async () => {
    const user = userEvent.setup();
    let bert = BERT;
    const api = staffApi('advisor', {
      ...accountPages(() => bert),
      'GET /api/v1/admin/organisations': json({
        items: [LINDE, HARTINGBANK_UTRECHT],
        next_cursor: null,
      }),
      [`PUT ${BRANCH_PATH}`]: () => {
        bert = { ...bert, staff_branch_id: BRANCH_ID, staff_branch_name: 'HartingBank Utrecht' };
        return json(bert);
      },
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/people/${BERT.id}`,
    });
    const details = await screen.findByRole('region', { name: 'Account' });
    expect(details).toHaveTextContent('VestigingNog geen vestiging: ziet geen orders');

    await user.click(within(details).getByRole('button', { name: 'Vestiging kiezen' }));
    const dialog = await screen.findByRole('dialog', { name: 'De vestiging kiezen' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Vestiging' }), 'Harting');
    await waitFor(() =>
      expect(
        new URLSearchParams(api.callsTo('GET', '/api/v1/admin/organisations').at(-1)?.search).get(
          'q',
        ),
      ).toBe('Harting'),
    );
    // Only supplier branches are offered: the umbrella organisation the search found is not.
    const option = await screen.findByRole('option', {
      name: 'HartingBank Utrecht (Vestiging van de leverancier)',
      hidden: true,
    });
    expect(
      screen.queryByRole('option', { name: /Zorggroep De Linde/, hidden: true }),
    ).not.toBeInTheDocument();
    await user.click(option);
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PUT', BRANCH_PATH)[0]?.body).toEqual({ branch_id: BRANCH_ID });
    expect(await within(details).findByText('HartingBank Utrecht')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Vestiging wijzigen' })).toBeVisible();
  });

  it('can be taken away, and says what the API refused', async () => {
    const user = userEvent.setup();
    const withBranch = {
      ...BERT,
      staff_branch_id: BRANCH_ID,
      staff_branch_name: 'HartingBank Utrecht',
    };
    const api = staffApi('admin', {
      ...accountPages(() => withBranch),
      'GET /api/v1/admin/organisations': EMPTY,
      [`PUT ${BRANCH_PATH}`]: problem(422, {
        errors: [{ field: 'branch_id', message: 'Kies een vestiging van de leverancier.' }],
      }),
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: api.fetch,
      route: `/people/${BERT.id}`,
    });
    const details = await screen.findByRole('region', { name: 'Account' });
    await user.click(await within(details).findByRole('button', { name: 'Vestiging wijzigen' }));
    const dialog = await screen.findByRole('dialog', { name: 'De vestiging kiezen' });
    const field = within(dialog).getByRole('combobox', { name: 'Vestiging' });
    expect(field).toHaveValue('HartingBank Utrecht');
    await user.click(
      within(field.parentElement as HTMLElement).getByRole('button', { hidden: true }),
    );
    expect(dialog).toHaveTextContent('Zonder vestiging ziet Bert Branch geen orders meer.');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Kies een vestiging van de leverancier.',
    );
    expect(api.callsTo('PUT', BRANCH_PATH)[0]?.body).toEqual({ branch_id: null });
  });

  it('is shown, not changed, to staff who only view accounts, and absent for others', async () => {
    const readOnly = staffApi('advisor', {
      ...accountPages(() => ({
        ...BERT,
        staff_branch_id: BRANCH_ID,
        staff_branch_name: 'HB Zeist',
      })),
      'GET /api/v1/me': () =>
        json({
          id: 'me',
          email: 'x@kring.demo',
          first_name: 'Vera',
          prefix: null,
          last_name: 'Viewer',
          initials: null,
          language: 'nl',
          phone_for_questions: null,
          birth_date: null,
          gender: null,
          home_address: null,
          staff_role: 'advisor',
          staff_tasks: ['view_accounts'],
          memberships: [],
          active_organisation_id: null,
        }),
    });
    const { unmount } = renderWithProviders(<AppRoutes />, {
      translations,
      fetch: readOnly.fetch,
      route: `/people/${BERT.id}`,
    });
    const details = await screen.findByRole('region', { name: 'Account' });
    expect(details).toHaveTextContent('VestigingHB Zeist');
    expect(within(details).queryByRole('button', { name: /Vestiging/ })).not.toBeInTheDocument();
    unmount();

    const petra = staffApi('advisor', {
      [`GET /api/v1/admin/users/${PETRA.id}`]: json(PETRA),
      [`GET /api/v1/admin/users/${PETRA.id}/audit-events`]: EMPTY,
      [`GET /api/v1/admin/users/${PETRA.id}/sessions`]: json([]),
      [`GET /api/v1/admin/users/${PETRA.id}/views`]: EMPTY,
    });
    renderWithProviders(<AppRoutes />, {
      translations,
      fetch: petra.fetch,
      route: `/people/${PETRA.id}`,
    });
    const account = await screen.findByRole('region', { name: 'Account' });
    expect(account).not.toHaveTextContent('Vestiging');
  });
});
