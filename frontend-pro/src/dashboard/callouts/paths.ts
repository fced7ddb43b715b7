/** The service dashboard's callouts (the lead wires them into the portal's routes). */
export const CALLOUT_PATHS = {
  list: '/callouts',
  create: '/callouts/new',
  callout: '/callouts/:calloutId',
} as const;

export function calloutPath(calloutId: string): string {
  return `${CALLOUT_PATHS.list}/${calloutId}`;
}
