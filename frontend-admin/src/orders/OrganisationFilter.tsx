import { organisationKindLabel } from '@kring/common';
import { useTranslation } from 'react-i18next';
import { useOrganisation, type OrganisationKind } from '../api/organisations';
import { OrganisationPicker } from '../people/OrganisationPicker';

export interface OrganisationFilterProps {
  id: string;
  label: string;
  /** Only organisations of this kind (a supplier branch). */
  kind?: OrganisationKind;
  value: string | null;
  onChange: (organisationId: string | null) => void;
}

/** A list filter by organisation; one from the address is shown by its name. */
export function OrganisationFilter({ value, ...props }: OrganisationFilterProps) {
  const { t } = useTranslation();
  const named = useOrganisation(value ?? '', { enabled: Boolean(value) });
  const valueLabel = named.data
    ? `${named.data.name} (${organisationKindLabel(named.data.kind, t)})`
    : undefined;
  return (
    <OrganisationPicker
      {...props}
      description={null}
      value={value}
      required={false}
      valueLabel={valueLabel}
    />
  );
}
