import { organisationKindLabel } from '@kring/common';
import { isApiProblem } from '@kring/client';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisationSearch } from '../api/organisations';
import { SectionCard } from '../components/SectionCard';
import {
  useAddServiceOrganisation,
  useRemoveServiceOrganisation,
  type Neighbourhood,
} from './api';

// Only these kinds serve neighbourhoods (the API and the database refuse the others).
const SERVING_KINDS = new Set(['municipality', 'social_service']);

/** The municipalities and social services whose members reach this neighbourhood from their
 * service dashboard (callouts, volunteers, impact figures). */
export function ServiceOrganisationsCard({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { t } = useTranslation();
  const remove = useRemoveServiceOrganisation(neighbourhood.id);
  const serving = neighbourhood.service_organisations;
  return (
    <SectionCard
      id="neighbourhood-service-organisations"
      title={t('neighbourhoods.serving.title')}
      lead={t('neighbourhoods.serving.lead')}
    >
      {serving.length === 0 ? (
        <Text size="sm">{t('neighbourhoods.serving.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('neighbourhoods.serving.title')}>
          {serving.map((organisation) => (
            <Group key={organisation.organisation_id} component="li" justify="space-between">
              <Text size="sm">
                {organisation.name} · {organisationKindLabel(organisation.kind, t)}
              </Text>
              <Button
                size="xs"
                variant="default"
                loading={remove.isPending && remove.variables === organisation.organisation_id}
                onClick={() => remove.mutate(organisation.organisation_id)}
              >
                {t('neighbourhoods.serving.remove', { name: organisation.name })}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <AddServiceOrganisation neighbourhood={neighbourhood} />
    </SectionCard>
  );
}

function AddServiceOrganisation({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useOrganisationSearch(debounced);
  const add = useAddServiceOrganisation(neighbourhood.id);
  const already = new Set(neighbourhood.service_organisations.map((o) => o.organisation_id));
  const refusal = add.error
    ? isApiProblem(add.error)
      ? (add.error.errors?.[0]?.message ?? add.error.detail ?? t('neighbourhoods.serving.failed'))
      : t('neighbourhoods.serving.failed')
    : null;
  const data =
    debounced.length >= 2
      ? (found.data?.items ?? [])
          .filter((o) => SERVING_KINDS.has(o.kind) && !already.has(o.id))
          .map((o) => ({ value: o.id, label: `${o.name} (${organisationKindLabel(o.kind, t)})` }))
      : [];
  return (
    <Stack gap="xs">
      <Select
        id="neighbourhood-add-service-organisation"
        label={t('neighbourhoods.serving.add')}
        description={t('neighbourhoods.serving.addHelp')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={data}
        value={null}
        filter={({ options }) => options}
        nothingFoundMessage={debounced.length >= 2 ? t('neighbourhoods.serving.nothing') : null}
        onChange={(organisationId) => {
          if (organisationId) add.mutate(organisationId);
          setSearch('');
        }}
      />
      {refusal ? (
        <Alert color="red" variant="light" role="alert">
          {refusal}
        </Alert>
      ) : null}
    </Stack>
  );
}
