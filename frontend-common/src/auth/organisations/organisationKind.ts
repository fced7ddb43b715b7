const KNOWN_KINDS = [
  'umbrella',
  'care_organisation',
  'supplier_branch',
  'partner_organisation',
  'municipality',
  'provider_company',
  'social_service',
] as const;

type T = (key: string) => string;

/** The kind of organisation in the UI language; a kind this build does not know, as it is. */
export function organisationKindLabel(kind: string, t: T): string {
  return (KNOWN_KINDS as readonly string[]).includes(kind)
    ? t(`auth.organisations.kind.${kind}`)
    : kind.replace(/_/g, ' ');
}

/** Lower case without accents, so "zonnehuis" finds "Zonnehuis" and "creche" finds "Crèche". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
