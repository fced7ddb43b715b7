/** The three portals, each a separate app under its own path on the same origin. */
export const PORTALS = ['partner', 'provider', 'pro'] as const;
export type Portal = (typeof PORTALS)[number];

/**
 * Kring's staff console: built and served like a portal (at `/admin/`), but not one of the
 * portals the others link to; the welcome page's footer links it for staff.
 */
export const STAFF_CONSOLE = 'admin';
/** A portal or the staff console: what the shell and the identity pages are shown in. */
export type App = Portal | typeof STAFF_CONSOLE;

export function portalPath(portal: Portal): string {
  return `/${portal}/`;
}
