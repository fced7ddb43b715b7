/** Name of the cookie in which the API hands out the CSRF token (double-submit pattern). */
export const CSRF_COOKIE = 'kring_csrf';
/** Header in which the token goes back on unsafe requests. */
export const CSRF_HEADER = 'X-CSRF-Token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isUnsafeMethod(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

/** Value of one cookie from a `document.cookie` style string, or undefined. */
export function readCookie(name: string, cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }
  return undefined;
}

export function readCsrfCookie(): string | undefined {
  return typeof document === 'undefined' ? undefined : readCookie(CSRF_COOKIE, document.cookie);
}
