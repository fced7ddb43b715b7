/** The query keys of the provider portal's resources, in one place so changes can refresh each other. */
export const profileKeys = { all: ['provider-profile'] as const };

/** The latest payment of the administrative fee. */
export const paymentKeys = { latest: ['provider-payment', 'latest'] as const };

export const categoryKeys = {
  all: ['categories'] as const,
  /** The names come in the language of the request. */
  inLanguage: (language: string) => ['categories', language] as const,
};

export const placeKeys = {
  all: ['places'] as const,
  search: (q: string, limit: number, country?: string) =>
    ['places', 'search', q, limit, country ?? 'any'] as const,
};
