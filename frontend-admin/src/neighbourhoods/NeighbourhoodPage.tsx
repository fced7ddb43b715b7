import { ErrorState, LoadingState, PageHeader } from '@kring/common';
import { isApiProblem } from '@kring/client';
import { Alert, Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAccountSearch } from '../api/accounts';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, NEIGHBOURHOOD_PATHS, neighbourhoodPath } from '../paths';
import {
  useAddWorker,
  useArchiveNeighbourhood,
  useNeighbourhood,
  useRemoveWorker,
  useUpdateNeighbourhood,
  type Neighbourhood,
} from './api';
import { LocalOrganisationsCard } from './LocalOrganisationsCard';
import { NeighbourhoodForm } from './NeighbourhoodForm';
import { ServiceOrganisationsCard } from './ServiceOrganisationsCard';
import { areasLine } from './NeighbourhoodsPage';
import { neighbourhoodBody } from './neighbourhoodSchema';

/** One neighbourhood: its areas (to change), local organisations, workers and the
 * municipalities or social services that serve it. */
export default function NeighbourhoodPage() {
  return (
    <RequireStaff task="manage_neighbourhoods">
      <NeighbourhoodView />
    </RequireStaff>
  );
}

function NeighbourhoodView() {
  const { t } = useTranslation();
  const { neighbourhoodId = '' } = useParams();
  const neighbourhood = useNeighbourhood(neighbourhoodId);
  if (neighbourhood.error) {
    return <ErrorState error={neighbourhood.error} onRetry={() => void neighbourhood.refetch()} />;
  }
  if (neighbourhood.isPending) return <LoadingState />;
  const n = neighbourhood.data;
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={n.name}
        lead={`${t(`neighbourhoods.country.${n.country}`)} · ${areasLine(n)} · ${t(
          'neighbourhoods.residents',
          { count: n.resident_count },
        )}`}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('neighbourhoods.nav'), to: NEIGHBOURHOOD_PATHS.list },
        ]}
        actions={<ArchiveButton neighbourhood={n} />}
      />
      {n.archived_at ? (
        <Badge variant="light" color="gray">
          {t('neighbourhoods.archived')}
        </Badge>
      ) : null}
      <Details neighbourhood={n} />
      <LocalOrganisationsCard neighbourhoodId={n.id} />
      <Workers neighbourhood={n} />
      <ServiceOrganisationsCard neighbourhood={n} />
    </Stack>
  );
}

function ArchiveButton({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { t } = useTranslation();
  const archive = useArchiveNeighbourhood(neighbourhood.id);
  const archived = neighbourhood.archived_at !== null;
  return (
    <Button variant="default" loading={archive.isPending} onClick={() => archive.mutate(!archived)}>
      {archived ? t('neighbourhoods.unarchive') : t('neighbourhoods.archive')}
    </Button>
  );
}

function Details({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { t } = useTranslation();
  const update = useUpdateNeighbourhood(neighbourhood.id);
  const [saved, setSaved] = useState(false);
  return (
    <SectionCard id="neighbourhood-details" title={t('neighbourhoods.details')}>
      {saved ? (
        <Text size="sm" role="status">
          {t('neighbourhoods.saved')}
        </Text>
      ) : null}
      <NeighbourhoodForm
        key={neighbourhood.id}
        neighbourhood={neighbourhood}
        submitLabel={t('neighbourhoods.save')}
        cancelTo={neighbourhoodPath(neighbourhood.id)}
        onSave={async (values) => {
          const body = neighbourhoodBody(values);
          await update.mutateAsync({
            name: body.name,
            description: body.description,
            postcode_areas: body.postcode_areas,
            place_ids: body.place_ids,
            latitude: body.latitude,
            longitude: body.longitude,
          });
          setSaved(true);
        }}
      />
    </SectionCard>
  );
}

function Workers({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const { t } = useTranslation();
  const remove = useRemoveWorker(neighbourhood.id);
  return (
    <SectionCard
      id="neighbourhood-workers"
      title={t('neighbourhoods.workers.title')}
      lead={t('neighbourhoods.workers.lead')}
    >
      {neighbourhood.workers.length === 0 ? (
        <Text size="sm">{t('neighbourhoods.workers.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} aria-label={t('neighbourhoods.workers.title')}>
          {neighbourhood.workers.map((worker) => (
            <Group key={worker.user_id} component="li" justify="space-between" wrap="wrap">
              <Text size="sm">
                {worker.display_name} ·{' '}
                <Anchor href={`mailto:${worker.email}`} size="sm">
                  {worker.email}
                </Anchor>
              </Text>
              <Button
                size="xs"
                variant="default"
                loading={remove.isPending && remove.variables === worker.user_id}
                onClick={() => remove.mutate(worker.user_id)}
              >
                {t('neighbourhoods.workers.remove', { name: worker.display_name })}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <AddWorker neighbourhoodId={neighbourhood.id} />
    </SectionCard>
  );
}

/** Search an account and make them the worker; the API refuses anyone not a verified partner. */
function AddWorker({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const accounts = useAccountSearch(debounced, null);
  const add = useAddWorker(neighbourhoodId);
  const refusal = add.error
    ? isApiProblem(add.error)
      ? (add.error.errors?.[0]?.message ?? add.error.detail ?? t('neighbourhoods.workers.failed'))
      : t('neighbourhoods.workers.failed')
    : null;
  const data =
    debounced.length >= 2
      ? (accounts.data?.items ?? []).map((account) => ({
          value: account.id,
          label: `${account.full_name} (${account.email})`,
        }))
      : [];
  return (
    <Stack gap="xs">
      <Select
        id="neighbourhood-add-worker"
        label={t('neighbourhoods.workers.add')}
        description={t('neighbourhoods.workers.addHelp')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={data}
        value={null}
        filter={({ options }) => options}
        onChange={(userId) => {
          if (userId) add.mutate(userId);
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
