/** The three portals, each a separate app under its own path on the same origin. */
export const PORTALS = ['partner', 'provider', 'pro'] as const;
export type Portal = (typeof PORTALS)[number];

export function portalPath(portal: Portal): string {
  return `/${portal}/`;
}
