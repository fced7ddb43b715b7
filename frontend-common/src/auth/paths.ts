/** The identity pages' routes inside every portal (the router's basename adds `/{portal}`). */
export const AUTH_PATHS = {
  signup: '/signup',
  verifyEmail: '/verify-email',
  login: '/login',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  accountSecurity: '/account/security',
} as const;

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

/** The login page, remembering where to go afterwards (unless that is home). */
export function loginPathFor(next: string): string {
  const target = safeNextPath(next);
  return target === '/'
    ? AUTH_PATHS.login
    : `${AUTH_PATHS.login}?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}
