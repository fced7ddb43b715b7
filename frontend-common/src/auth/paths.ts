/** The identity pages' routes inside every portal (the router's basename adds `/{portal}`). */
export const AUTH_PATHS = {
  signup: '/signup',
  verifyEmail: '/verify-email',
  login: '/login',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  accountSecurity: '/account/security',
  secondFactorSetup: '/account/second-factor',
  chooseOrganisation: '/choose-organisation',
  activate: '/activate',
  confirmEmail: '/confirm-email',
} as const;

/** Pages opened from a link in an e-mail: they work whoever is (or is not) logged in. */
export const LINK_PATHS: readonly string[] = [
  AUTH_PATHS.verifyEmail,
  AUTH_PATHS.resetPassword,
  AUTH_PATHS.activate,
  AUTH_PATHS.confirmEmail,
];

/** Query parameter with the page to return to after logging in. */
export const NEXT_PARAM = 'next';

/**
 * The in-portal path to return to after logging in, or `/`. Only paths inside this portal are
 * accepted (no `//host`, no `https:`), so a crafted link cannot send anyone elsewhere.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const path = next.split(/[?#]/)[0] ?? '';
  if (
    Object.values(AUTH_PATHS).some((auth) => auth === path && auth !== AUTH_PATHS.accountSecurity)
  )
    return '/';
  return next;
}

/** `path`, remembering where to go afterwards (unless that is home). */
export function withNext(path: string, next: string | null | undefined): string {
  const target = safeNextPath(next);
  return target === '/'
    ? path
    : `${path}?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}

/** The login page, remembering where to go afterwards (unless that is home). */
export function loginPathFor(next: string): string {
  return withNext(AUTH_PATHS.login, next);
}

/**
 * Where a fresh session goes: first the second-factor set-up when the account must have one,
 * then the organisation chooser when the person works for several, then `next`.
 */
export function pathAfterSignIn(
  signedIn: { mfaSetupRequired: boolean; organisationChoiceRequired: boolean },
  next: string | null | undefined,
): string {
  if (signedIn.mfaSetupRequired) return withNext(AUTH_PATHS.secondFactorSetup, next);
  if (signedIn.organisationChoiceRequired) return withNext(AUTH_PATHS.chooseOrganisation, next);
  return safeNextPath(next);
}
