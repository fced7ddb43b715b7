import { organisationKindLabel } from '@kring/common';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationSearch, type OrganisationKind } from '../api/organisations';

export interface OrganisationPickerProps {
  id: string;
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  error?: string | undefined;
  /** Only organisations of this kind (of the first page the search finds). */
  kind?: OrganisationKind;
  /** Said under the label; by default how to search; `null`: nothing (a list filter). */
  description?: string | null;
  required?: boolean;
  /** The name of `value` when it was chosen before (a filter from the address). */
  valueLabel?: string | undefined;
}

interface Option {
  value: string;
  label: string;
}

/** Choose an organisation by typing part of its name, KvK or enterprise number. */
export function OrganisationPicker(props: OrganisationPickerProps) {
  const { id, label, value, onChange, error, kind, description, required = true } = props;
  const { valueLabel } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [typed] = useDebouncedValue(search, 250);
  const current: Option | null =
    chosen?.value === value ? chosen : value && valueLabel ? { value, label: valueLabel } : null;
  // Once chosen, the field shows the choice's label: that is not a new search.
  const found = useOrganisationSearch(typed === current?.label ? '' : typed);
  const options: Option[] = (found.data?.items ?? [])
    .filter((organisation) => !kind || organisation.kind === kind)
    .map((organisation) => ({
      value: organisation.id,
      label: `${organisation.name} (${organisationKindLabel(organisation.kind, t)})`,
    }));
  // The choice stays among the options, or the field would lose its label.
  if (current && !options.some((o) => o.value === current.value)) {
    options.unshift(current);
  }
  return (
    <Select
      id={id}
      label={label}
      description={description === null ? undefined : (description ?? t('organisationPicker.help'))}
      placeholder={t('organisationPicker.placeholder')}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(next, option) => {
        setChosen(next ? option : null);
        onChange(next);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={
        found.isFetching ? t('organisationPicker.loading') : t('organisationPicker.none')
      }
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
