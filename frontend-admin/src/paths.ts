/** The console's own pages (the identity pages are in `AUTH_PATHS`). */
export const ADMIN_PATHS = {
  home: '/',
  people: '/people',
  newPerson: '/people/new',
} as const;

export function personPath(userId: string): string {
  return `${ADMIN_PATHS.people}/${userId}`;
}

/** The people search with its filters, as a link that can be shared. */
export function peopleSearchPath(q: string, cursor: string | null = null): string {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (cursor) query.set('cursor', cursor);
  const search = query.toString();
  return search ? `${ADMIN_PATHS.people}?${search}` : ADMIN_PATHS.people;
}

export const PROVIDER_PATHS = {
  list: '/providers',
} as const;

export function providerPath(profileId: string): string {
  return `${PROVIDER_PATHS.list}/${profileId}`;
}

/** The providers list with its filters and page, from the query `providerQuery` makes. */
export function providersListPath(query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${PROVIDER_PATHS.list}?${search}` : PROVIDER_PATHS.list;
}

export const HELPER_PATHS = {
  list: '/helpers',
} as const;

export function helperPath(helperId: string): string {
  return `${HELPER_PATHS.list}/${helperId}`;
}

export const CATEGORY_PATHS = {
  list: '/categories',
} as const;

export const SKILL_PATHS = {
  list: '/skills',
} as const;

export const QUEUE_PATHS = {
  responseTimes: '/response-times',
  promotions: '/promotion-requests',
} as const;

/** A list's address with its query (filters and page), leaving out what is empty. */
export function withQuery(path: string, query: Record<string, string | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const ORGANISATION_PATHS = {
  list: '/organisations',
  new: '/organisations/new',
} as const;

export function organisationPath(organisationId: string): string {
  return `${ORGANISATION_PATHS.list}/${organisationId}`;
}

export function editOrganisationPath(organisationId: string): string {
  return `${organisationPath(organisationId)}/edit`;
}

export const PARTNER_ACCESS_PATHS = {
  list: '/partner-access',
} as const;

export function partnerAccessPath(requestId: string): string {
  return `${PARTNER_ACCESS_PATHS.list}/${requestId}`;
}

export const DOSSIER_PATHS = {
  list: '/dossiers',
} as const;

export function dossierPath(dossierId: string): string {
  return `${DOSSIER_PATHS.list}/${dossierId}`;
}

export const HOURS_PATHS = {
  overdue: '/hours/overdue',
} as const;
export const PAYMENT_RUN_PATHS = {
  list: '/payment-runs',
} as const;

export function paymentRunPath(runId: string): string {
  return `${PAYMENT_RUN_PATHS.list}/${runId}`;
}

export const ORDER_PATHS = {
  list: '/orders',
} as const;

export function orderPath(orderId: string): string {
  return `${ORDER_PATHS.list}/${orderId}`;
}

/** The orders list with its filters (a query from `orderQuery`). */
export function ordersListPath(query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${ORDER_PATHS.list}?${search}` : ORDER_PATHS.list;
}

export const ORDER_REFUSAL_PATHS = {
  list: '/order-refusals',
} as const;

export const CATALOGUE_PATHS = {
  list: '/catalogue',
  new: '/catalogue/new',
} as const;

export function devicePath(deviceId: string): string {
  return `${CATALOGUE_PATHS.list}/${deviceId}`;
}

/** The catalogue with its filters (a query from `deviceQuery`). */
export function catalogueListPath(query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${CATALOGUE_PATHS.list}?${search}` : CATALOGUE_PATHS.list;
}

export const QUESTION_PATHS = {
  list: '/questions',
} as const;

export function questionPath(threadId: string): string {
  return `${QUESTION_PATHS.list}/${threadId}`;
}

export const PROJECT_PATHS = {
  list: '/projects',
  new: '/projects/new',
} as const;

export function projectPath(projectId: string): string {
  return `${PROJECT_PATHS.list}/${projectId}`;
}

export const NEIGHBOURHOOD_PATHS = {
  list: '/neighbourhoods',
  new: '/neighbourhoods/new',
} as const;

export function neighbourhoodPath(neighbourhoodId: string): string {
  return `${NEIGHBOURHOOD_PATHS.list}/${neighbourhoodId}`;
}

export const INVOICE_PATHS = {
  list: '/invoices',
  new: '/invoices/new',
} as const;

export function invoicePath(invoiceId: string): string {
  return `${INVOICE_PATHS.list}/${invoiceId}`;
}

/** Reports from neighbourhoods (staff who moderate neighbourhoods). */
export const NEIGHBOURHOOD_REPORT_PATHS = {
  list: '/neighbourhood-reports',
} as const;

export function neighbourhoodReportPath(reportId: string): string {
  return `${NEIGHBOURHOOD_REPORT_PATHS.list}/${reportId}`;
}

/** The concierge (issue 23): the case queue, a case, phone requests, subscriptions, figures. */
export const CONCIERGE_PATHS = {
  queue: '/concierge',
  case: '/concierge/cases/:caseId',
  phone: '/concierge/phone',
  subscriptions: '/concierge/subscriptions',
  figures: '/concierge/figures',
} as const;

export function conciergeCasePath(caseId: string): string {
  return `/concierge/cases/${caseId}`;
}
