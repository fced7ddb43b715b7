import type { CaseSummary } from '../api/concierge';

/** A case's status colour: open ones stand out, closed ones are grey. */
export function statusColour(status: CaseSummary['status']): string {
  switch (status) {
    case 'proposed':
      return 'kringClay';
    case 'arranged':
    case 'done':
      return 'kringTeal';
    case 'cancelled':
      return 'gray';
    default:
      return 'blue';
  }
}
