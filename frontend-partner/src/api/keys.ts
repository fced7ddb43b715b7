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
