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
