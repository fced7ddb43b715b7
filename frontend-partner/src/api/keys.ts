/** The query keys of the partner portal's resources, in one place so changes can refresh each other. */
export const providerKeys = {
  all: ['providers'] as const,
  search: (query: object, language: string) => ['providers', 'search', query, language] as const,
  profile: (id: string, language: string) => ['providers', 'profile', id, language] as const,
  /** The reviews after the profile's first page, which `after` (its cursor) ends. */
  reviews: (id: string, after: string | null) => ['providers', 'reviews', id, after] as const,
};

export const reviewKeys = {
  invitation: (token: string) => ['reviews', 'invitation', token] as const,
};

export const partnerAccessKeys = {
  mine: ['partner-access', 'mine'] as const,
};

export const dossierKeys = {
  all: ['dossiers'] as const,
  list: (query: object) => ['dossiers', 'list', query] as const,
  one: (id: string) => ['dossiers', 'one', id] as const,
  payment: (id: string) => ['dossiers', 'payment', id] as const,
  accessLog: (id: string, cursor: string | null) => ['dossiers', 'access-log', id, cursor] as const,
  proxies: (id: string) => ['dossiers', 'proxies', id] as const,
};

export const skillKeys = {
  list: (language: string) => ['skills', language] as const,
};

/** The neighbourhood feed (issue 22): `lists` covers every feed, figure and worker's list. */
export const postKeys = {
  lists: ['posts', 'lists'] as const,
  feed: (neighbourhood: string, kind: string | null, cursor: string | null, language: string) =>
    ['posts', 'lists', 'feed', neighbourhood, kind, cursor, language] as const,
  figures: (neighbourhood: string) => ['posts', 'lists', 'figures', neighbourhood] as const,
  unanswered: (neighbourhood: string, cursor: string | null, language: string) =>
    ['posts', 'lists', 'unanswered', neighbourhood, cursor, language] as const,
  one: (id: string, language: string) => ['posts', 'one', id, language] as const,
  neighbourhood: (id: string, language: string) =>
    ['posts', 'neighbourhood', id, language] as const,
};
