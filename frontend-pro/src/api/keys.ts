/** The query keys of the pro portal's resources, in one place so changes can refresh each other. */
export const organisationDetailKeys = {
  all: ['organisation'] as const,
  detail: (organisationId: string) => ['organisation', organisationId] as const,
};

export const functionCodeKeys = {
  all: ['function-codes'] as const,
  /** The labels come in the language of the request. */
  inLanguage: (language: string) => ['function-codes', language] as const,
};

export const memberKeys = {
  all: ['members'] as const,
  lists: (organisationId: string) => ['members', organisationId, 'list'] as const,
  list: (organisationId: string, q: string) => ['members', organisationId, 'list', { q }] as const,
  detail: (organisationId: string, membershipId: string) =>
    ['members', organisationId, 'detail', membershipId] as const,
};

export const contactDetailsKeys = { all: ['contact-details'] as const };

/** Orders of every organisation I am linked to; lists and details hold names in the UI language. */
export const orderKeys = {
  all: ['orders'] as const,
  lists: ['orders', 'list'] as const,
  list: (language: string, filters: object) => ['orders', 'list', language, filters] as const,
  detail: (language: string, orderId: string) => ['orders', 'detail', language, orderId] as const,
  organisations: ['orders', 'organisations'] as const,
  rentals: (language: string, filters: object) => ['orders', 'rentals', language, filters] as const,
  rentalsSummary: (organisation: string | null) =>
    ['orders', 'rentals-summary', organisation] as const,
  ended: (language: string, filters: object) => ['orders', 'ended', language, filters] as const,
};

/** The catalogue of assistive devices that can be rented, named in the UI language. */
export const deviceKeys = {
  all: ['assistive-devices'] as const,
  rental: (language: string) => ['assistive-devices', 'rental', language] as const,
};
