import type { Me } from './api/me';
import type { LoginResult } from './api/sessions';

/**
 * The log-in flow as a small state machine. The API's answer to the password step (and to a
 * second-factor code) says what comes next in `status`; each status is one step here. A status
 * this version of the portal does not know yet (a newer server) becomes `unknown`, shown as a
 * general error. The step-up dialog runs the same machine from a step-up challenge.
 *
 * The second-factor step counts refused codes: the API allows {@link MAX_CODE_ATTEMPTS} per
 * challenge, after which the challenge is dead and the person starts again at the password.
 */
export type SecondFactorMethod = 'totp' | 'sms' | 'recovery_code';

/** Why the flow went back to the password step. */
export type ChallengeEnd = 'tooManyCodes' | 'expired';

export const MAX_CODE_ATTEMPTS = 5;

export interface SecondFactorStep {
  step: 'secondFactor';
  challengeId: string;
  /** The person's factors, as the API lists them (`recovery_code` when codes are left). */
  factors: SecondFactorMethod[];
  method: SecondFactorMethod;
  /** Codes refused so far for this challenge. */
  refused: number;
  /** Text messages sent for this challenge (0: none yet). */
  smsSent: number;
}

export interface SignedInStep {
  step: 'signedIn';
  me: Me;
  /** Set up a second factor before anything else (staff and organisation members). */
  mfaSetupRequired: boolean;
  /** Choose the organisation to act for. */
  organisationChoiceRequired: boolean;
}

export type LoginStep =
  | { step: 'credentials'; ended?: ChallengeEnd }
  | SecondFactorStep
  | SignedInStep
  | { step: 'unknown'; status: string };

export type LoginEvent =
  /** The API answered the password, a code, or opened a step-up challenge. */
  | { type: 'answer'; result: LoginResult }
  | { type: 'chooseMethod'; method: SecondFactorMethod }
  | { type: 'smsSent' }
  /** A code was refused (422 on `code`): one attempt fewer. */
  | { type: 'codeRefused' }
  /** The API no longer knows the challenge (expired, used up, or gone). */
  | { type: 'challengeDead' }
  | { type: 'restart' };

export const FIRST_STEP: LoginStep = { step: 'credentials' };

const METHODS: readonly SecondFactorMethod[] = ['totp', 'sms', 'recovery_code'];

/** The way to ask first: the app when there is one, else SMS, else a recovery code. */
export function defaultMethod(factors: readonly SecondFactorMethod[]): SecondFactorMethod {
  return METHODS.find((method) => factors.includes(method)) ?? 'totp';
}

export function stepAfter(result: LoginResult): LoginStep {
  switch (result.status) {
    case 'signed_in':
      return {
        step: 'signedIn',
        me: result.me,
        mfaSetupRequired: result.mfa_setup_required === true,
        organisationChoiceRequired: result.organisation_choice_required === true,
      };
    case 'mfa_required': {
      const factors = result.factors.filter((factor) => METHODS.includes(factor));
      return {
        step: 'secondFactor',
        challengeId: result.challenge_id,
        factors,
        method: defaultMethod(factors),
        refused: 0,
        smsSent: 0,
      };
    }
    default:
      // Also a status the server knows and this build does not (yet).
      return { step: 'unknown', status: String((result as { status: unknown }).status) };
  }
}

/** The next step after an event; events that do not fit the current step change nothing. */
export function nextStep(current: LoginStep, event: LoginEvent): LoginStep {
  if (event.type === 'answer') return stepAfter(event.result);
  if (event.type === 'restart') return FIRST_STEP;
  if (current.step !== 'secondFactor') return current;
  switch (event.type) {
    case 'chooseMethod':
      return current.factors.includes(event.method)
        ? { ...current, method: event.method }
        : current;
    case 'smsSent':
      return { ...current, smsSent: current.smsSent + 1 };
    case 'codeRefused': {
      const refused = current.refused + 1;
      return refused >= MAX_CODE_ATTEMPTS
        ? { step: 'credentials', ended: 'tooManyCodes' }
        : { ...current, refused };
    }
    case 'challengeDead':
      return { step: 'credentials', ended: 'expired' };
  }
}
