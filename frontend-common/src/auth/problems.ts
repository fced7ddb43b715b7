import { isApiProblem, type ApiProblem } from '@kring/client';
import { stripLocation } from '../forms/submitErrors';

const PROBLEM_BASE = 'https://kring.nl/problems/';

/** The API's problem types that ask the portal to do something before it can go on. */
export const PROBLEM_TYPES = {
  /** 401: a sensitive action needs the second factor proven within the last five minutes. */
  stepUpRequired: `${PROBLEM_BASE}step-up-required`,
  /** 403: the account must set up a second factor before anything else. */
  mfaSetupRequired: `${PROBLEM_BASE}mfa-setup-required`,
  /** 409: choose the organisation to act for first. */
  organisationChoiceRequired: `${PROBLEM_BASE}organisation-choice-required`,
} as const;

function isProblem(error: unknown, status: number, type: string): error is ApiProblem {
  return isApiProblem(error) && error.status === status && error.type === type;
}

export function isStepUpRequired(error: unknown): error is ApiProblem {
  return isProblem(error, 401, PROBLEM_TYPES.stepUpRequired);
}

export function isMfaSetupRequired(error: unknown): error is ApiProblem {
  return isProblem(error, 403, PROBLEM_TYPES.mfaSetupRequired);
}

export function isOrganisationChoiceRequired(error: unknown): error is ApiProblem {
  return isProblem(error, 409, PROBLEM_TYPES.organisationChoiceRequired);
}

/** The message of a 422 on `field` (without its location prefix), else undefined. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  if (!isApiProblem(error) || error.status !== 422) return undefined;
  return error.errors.find((fieldError) => stripLocation(fieldError.field) === field)?.message;
}
