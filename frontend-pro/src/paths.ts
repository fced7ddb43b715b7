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
} as const;

export function contactPersonPath(membershipId: string): string {
  return `${PRO_PATHS.contactPersons}/${membershipId}`;
}

export function editContactPersonPath(membershipId: string): string {
  return `${contactPersonPath(membershipId)}/edit`;
}
