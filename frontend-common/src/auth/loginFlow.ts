import type { Me } from './api/me';
import type { LoginResult } from './api/sessions';

/**
 * The log-in flow as a small state machine. The API's answer to the password step says what
 * comes next in `status`; each status is one step here. A status this version of the portal
 * does not know yet (a newer server) becomes `unknown`, shown as a general error.
 *
 * Adding a step (e.g. a second factor, `mfa_required`) is one more case in {@link stepAfter}
 * and one more branch where the login page renders the step.
 */
export type LoginStep =
  { step: 'credentials' } | { step: 'signedIn'; me: Me } | { step: 'unknown'; status: string };

export const FIRST_STEP: LoginStep = { step: 'credentials' };

export function stepAfter(result: LoginResult): LoginStep {
  switch (result.status) {
    case 'signed_in':
      return { step: 'signedIn', me: result.me };
    default:
      // Also a status the server knows and this build does not (yet).
      return { step: 'unknown', status: String((result as { status: unknown }).status) };
  }
}
