import type { Me } from '@kring/common';

/**
 * The staff tasks of `backend/kring/auth/staff_roles.py`, as `GET /api/v1/me` names them in
 * `staff_tasks`. The console asks only whether a task is there: the API's table decides.
 */
export type StaffTask =
  | 'view_accounts'
  | 'manage_accounts'
  | 'view_organisations'
  | 'manage_organisations'
  | 'act_for_organisations'
  | 'manage_api_clients'
  | 'manage_categories'
  | 'view_providers'
  | 'set_badges'
  | 'suspend_providers'
  | 'verify_certificates'
  | 'view_promotions'
  | 'confirm_promotions'
  | 'moderate_reviews'
  | 'view_response_times'
  | 'verify_partners'
  | 'manage_skills'
  | 'view_dossiers'
  | 'run_payments'
  | 'manage_catalogue'
  | 'view_orders'
  | 'handle_orders'
  | 'view_projects'
  | 'manage_projects'
  | 'answer_questions'
  | 'make_invoices'
  | 'record_payments'
  | 'manage_neighbourhoods'
  | 'moderate_neighbourhoods'
  | 'work_concierge_cases'
  | 'manage_concierge_subscriptions';

/** Whether the signed-in staff member's role allows the task. */
export function mayDo(me: Me | null | undefined, task: StaffTask): boolean {
  return Boolean(me?.staff_tasks?.includes(task));
}

/** Kring's staff: anyone with a staff role (the API answers others 403 on every staff route). */
export function isStaff(me: Me | null | undefined): boolean {
  return Boolean(me?.staff_role);
}
