import { useOrderingOrganisations, type OrderingOrganisation } from '../api/orders';
import { useActiveMember } from '../members/ActiveMember';

/**
 * The organisations I am linked to for orders, and the one I act for (else the first): its
 * branch is the one the "call your branch" card names on the lists.
 */
export function useOrderOrganisations() {
  const query = useOrderingOrganisations();
  const { organisationId } = useActiveMember();
  const list: OrderingOrganisation[] = query.data ?? [];
  const active = list.find((item) => item.organisation_id === organisationId) ?? list[0];
  return { query, list, several: list.length > 1, active };
}

/** The organisation filter's choices: all, then each linked organisation. */
export function organisationChoices(list: readonly OrderingOrganisation[], all: string) {
  return [
    { value: '', label: all },
    ...list.map((item) => ({ value: item.organisation_id, label: item.name })),
  ];
}
