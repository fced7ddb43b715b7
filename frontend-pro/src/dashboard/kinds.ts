import type { Membership } from '@kring/common';

// The kinds whose members serve neighbourhoods (the API answers 404 to the others).
const SERVICE_KINDS: ReadonlySet<string> = new Set(['municipality', 'social_service']);

/** A member of a municipality or social service: the portal is their service dashboard. */
export function isServiceKind(kind: string | undefined): boolean {
  return kind !== undefined && SERVICE_KINDS.has(kind);
}

export function isServiceMembership(membership: Membership | undefined): boolean {
  return isServiceKind(membership?.kind);
}
