/** The public pages of the partner portal: search (home), profiles, contact and reviews. */
export const PUBLIC_PATHS = {
  search: '/',
  profile: '/aanbieders/:id',
  contact: '/aanbieders/:id/contact',
  review: '/review',
} as const;

export const profilePath = (id: string) => `/aanbieders/${id}`;
export const contactPath = (id: string) => `/aanbieders/${id}/contact`;
/** The search filtered on one category (the profile's breadcrumb). */
export const categorySearchPath = (slug: string) =>
  `/?${new URLSearchParams({ q: '', category: slug }).toString()}`;

/** The pages for partners: their access request (signed in). */
export const PARTNER_PATHS = {
  partnerAccess: '/partner-access',
} as const;

/** The dossiers (help requests) a partner manages. */
export const DOSSIER_PATHS = {
  list: '/dossiers',
  create: '/dossiers/new',
  dossier: '/dossiers/:id',
  /** Where the checkout sends the payer back to (the API names it). */
  payment: '/dossiers/:id/payment',
  wizard: '/dossiers/:id/wizard',
  wizardStep: '/dossiers/:id/wizard/:step',
} as const;

export const dossierPath = (id: string) => `/dossiers/${id}`;

/** The links in the e-mails: an invitation to act for a help seeker, a dossier handed over. */
export const DOSSIER_LINK_PATHS = {
  invitation: '/dossier-invitations',
  transfer: '/dossier-transfers',
} as const;
export const wizardPath = (id: string, step?: string) =>
  step ? `/dossiers/${id}/wizard/${step}` : `/dossiers/${id}/wizard`;

/** A neighbourhood's feed, asking for help, a post, and the worker's unanswered list. */
export const POST_PATHS = {
  feed: '/buurten/:neighbourhoodId',
  ask: '/buurten/:neighbourhoodId/vragen',
  unanswered: '/buurten/:neighbourhoodId/onbeantwoord',
  post: '/buurtberichten/:id',
} as const;
export const feedPath = (neighbourhoodId: string) => `/buurten/${neighbourhoodId}`;
export const askPath = (neighbourhoodId: string) => `/buurten/${neighbourhoodId}/vragen`;
export const unansweredPath = (neighbourhoodId: string) =>
  `/buurten/${neighbourhoodId}/onbeantwoord`;
export const postPath = (id: string) => `/buurtberichten/${id}`;
/** A callout of a municipality or social service, sent to the neighbourhood, and my answer. */
export const CALLOUT_PATHS = {
  answer: '/buurten/:neighbourhoodId/oproepen/:calloutId',
} as const;
export const calloutPath = (neighbourhoodId: string, calloutId: string) =>
  `/buurten/${neighbourhoodId}/oproepen/${calloutId}`;
/** Private messages between neighbours ("Berichten"). */
export const MESSAGE_PATHS = {
  list: '/berichten',
  conversation: '/berichten/:id',
} as const;
export const conversationPath = (id: string) => `/berichten/${id}`;
/** "Mijn buurt": joining, my neighbourhood profile, the neighbours who can help. */
export const MY_NEIGHBOURHOOD_PATHS = {
  home: '/buurt',
  profile: '/buurt/profiel',
  invite: '/buurt/uitnodiging',
  helpers: '/buurten/:neighbourhoodId/helpers',
} as const;
export const helpersPath = (neighbourhoodId: string) => `/buurten/${neighbourhoodId}/helpers`;
/** "Buurtconciërge": my subscription, asking the concierge, my requests (issue 23). */
export const CONCIERGE_PATHS = {
  home: '/concierge',
  case: '/concierge/:id',
} as const;
export const conciergeCasePath = (id: string) => `/concierge/${id}`;
