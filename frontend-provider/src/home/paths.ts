/** The provider's own pages after the sign-up (the wizard already links to these). */
export const PROVIDER_PATHS = {
  home: '/',
  requests: '/requests',
  reviews: '/reviews',
  preview: '/profile/preview',
  video: '/video',
  promotion: '/promotion',
  settings: '/settings',
  proposals: '/proposals',
  engagements: '/engagements',
  /** The helper's hours: the rejected-hours e-mail links here (`/provider/hours`). */
  hours: '/hours',
  /** The free helper profile, apart from the paid provider sign-up. */
  helper: '/helper',
} as const;

/** One contact request: the e-mail to the provider links here (`/provider/requests/{id}`). */
export function requestPath(id: string): string {
  return `${PROVIDER_PATHS.requests}/${id}`;
}

/** One proposal from a partner: the e-mail to the helper links here (`/provider/proposals/{id}`). */
export function proposalPath(id: string): string {
  return `${PROVIDER_PATHS.proposals}/${id}`;
}

/** Kring's support address: for a video tool that does not work, and other questions. */
export const SUPPORT_EMAIL = 'support@kring.nl';
