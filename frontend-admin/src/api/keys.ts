/** Query keys of the console's lists and pages, so a change can refresh what it touched. */
export const accountKeys = {
  all: ['admin', 'accounts'] as const,
  search: (q: string, cursor: string | null) => [...accountKeys.all, 'search', q, cursor] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
  audit: (id: string) => [...accountKeys.all, 'audit', id] as const,
  sessions: (id: string) => [...accountKeys.all, 'sessions', id] as const,
  views: (id: string, cursor: string | null) => [...accountKeys.all, 'views', id, cursor] as const,
};

export const organisationKeys = {
  all: ['admin', 'organisations'] as const,
  search: (q: string) => [...organisationKeys.all, 'search', q] as const,
  detail: (id: string) => [...organisationKeys.all, 'detail', id] as const,
  members: (id: string, cursor: string | null) =>
    [...organisationKeys.all, 'members', id, cursor] as const,
};

export const queueKeys = {
  all: ['admin', 'queues'] as const,
  queue: (name: string) => [...queueKeys.all, name] as const,
};

export const providerKeys = {
  all: ['admin', 'providers'] as const,
  list: (filters: string, cursor: string | null) =>
    [...providerKeys.all, 'list', filters, cursor] as const,
  detail: (id: string) => [...providerKeys.all, 'detail', id] as const,
  reviews: (id: string) => [...providerKeys.all, 'reviews', id] as const,
  reviewPage: (id: string, cursor: string | null) => [...providerKeys.reviews(id), cursor] as const,
};

export const responseTimeKeys = {
  all: ['admin', 'response-times'] as const,
  list: (overdueOnly: boolean, cursor: string | null) =>
    [...responseTimeKeys.all, overdueOnly, cursor] as const,
};

export const promotionKeys = {
  all: ['admin', 'promotions'] as const,
  list: (status: string | null, cursor: string | null) =>
    [...promotionKeys.all, status, cursor] as const,
};

/** The categories as the console reads them: the public list, once in each language. */
export const categoryAdminKeys = {
  all: ['admin', 'categories'] as const,
  inLanguage: (language: string) => [...categoryAdminKeys.all, language] as const,
};

export const partnerAccessKeys = {
  all: ['admin', 'partner-access'] as const,
  list: (status: string, cursor: string | null) =>
    [...partnerAccessKeys.all, 'list', status, cursor] as const,
  detail: (id: string) => [...partnerAccessKeys.all, 'detail', id] as const,
};

/** The skills as the console reads them: the public list, once in each language. */
export const skillAdminKeys = {
  all: ['admin', 'skills'] as const,
  inLanguage: (language: string) => [...skillAdminKeys.all, language] as const,
};

export const dossierKeys = {
  all: ['admin', 'dossiers'] as const,
  list: (q: string, status: string | null, cursor: string | null) =>
    [...dossierKeys.all, 'list', q, status, cursor] as const,
  detail: (id: string) => [...dossierKeys.all, 'detail', id] as const,
  accessLog: (id: string, cursor: string | null) =>
    [...dossierKeys.all, 'access-log', id, cursor] as const,
};

/** Orders as staff read them; a list is named by its filters (its pages load one after another). */
export const orderKeys = {
  all: ['admin', 'orders'] as const,
  list: (filters: string) => [...orderKeys.all, 'list', filters] as const,
  detail: (id: string) => [...orderKeys.all, 'detail', id] as const,
};

/** The catalogue of assistive devices as staff manage it. */
export const deviceKeys = {
  all: ['admin', 'assistive-devices'] as const,
  list: (filters: string) => [...deviceKeys.all, 'list', filters] as const,
  detail: (id: string) => [...deviceKeys.all, 'detail', id] as const,
};

/** Refused Wlz signatures, the branch's queue; a list is named by its state (open, cleared, all). */
export const refusalKeys = {
  all: ['admin', 'order-refusals'] as const,
  list: (state: string) => [...refusalKeys.all, 'list', state] as const,
};
