/** The pro portal's own pages (the identity pages are in `AUTH_PATHS`). */
export const PRO_PATHS = {
  home: '/',
  myDetails: '/my-details',
  myContact: '/my-details/contact',
  myContactEdit: '/my-details/contact/edit',
  organisation: '/my-details/organisation',
  contactPersons: '/my-details/contact-persons',
  addContactPerson: '/my-details/contact-persons/new',
  invoices: '/invoices',
  projects: '/projects',
  orders: '/orders',
  newOrder: '/orders/new',
  rentals: '/orders/rentals',
  ended: '/orders/ended',
  signOrders: '/orders/sign',
  correspondence: '/correspondence',
} as const;

/** One invoice of the organisation (portal admins only). */
export function invoicePath(invoiceId: string): string {
  return `${PRO_PATHS.invoices}/${invoiceId}`;
}

export function contactPersonPath(membershipId: string): string {
  return `${PRO_PATHS.contactPersons}/${membershipId}`;
}

export function editContactPersonPath(membershipId: string): string {
  return `${contactPersonPath(membershipId)}/edit`;
}

/** The form of one kind of request; a follow-up may start with its rental chosen. */
export function newOrderPath(kind: string, rentalId?: string): string {
  const path = `${PRO_PATHS.newOrder}/${kind}`;
  return rentalId ? `${path}?rental=${encodeURIComponent(rentalId)}` : path;
}

/** A project's page: its details, leader, members and shifts. */
export function projectPath(projectId: string): string {
  return `${PRO_PATHS.projects}/${projectId}`;
}

export function orderPath(orderId: string): string {
  return `${PRO_PATHS.orders}/${orderId}`;
}

/** The confirmation right after placing a request. */
export function orderPlacedPath(orderId: string): string {
  return `${orderPath(orderId)}/placed`;
}

/** The signing screen with these orders selected (Wlz: "Tekenen voor akkoord"). */
export function signOrdersPath(orderIds: readonly string[]): string {
  return `${PRO_PATHS.signOrders}?ids=${orderIds.map(encodeURIComponent).join(',')}`;
}

/** The list of the orders that wait for me (to sign). */
export const ACTION_LIST_PATH = `${PRO_PATHS.orders}?view=action`;

/** One of my correspondence threads (the answer's e-mail links here too). */
export function threadPath(threadId: string): string {
  return `${PRO_PATHS.correspondence}/${threadId}`;
}
