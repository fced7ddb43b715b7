import { EmptyState, ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import { CountLine, LoadMore, SearchField } from '../../orders/listParts';
import { PRO_PATHS } from '../../paths';
import {
  RECIPIENTS_MAX,
  useServedNeighbourhoods,
  useSkills,
  useVolunteers,
  type ServedNeighbourhood,
  type Volunteer,
  type VolunteerFilters,
} from './api';
import { WriteVolunteersDialog } from './WriteVolunteersDialog';

/** Hoplr's figure: on average this share of a neighbourhood volunteers for the municipality. */
export const AVERAGE_SHARE = 0.17;

/**
 * "Vrijwilligers": for a municipality's or social service's members, the neighbourhoods it
 * serves with their share of volunteers, and the volunteer list, filtered by neighbourhood,
 * skills and words; the chosen volunteers get a message or e-mail through Kring.
 */
export default function VolunteersPage() {
  return (
    <RequireMember>
      <Volunteers />
    </RequireMember>
  );
}

function Volunteers() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const served = useServedNeighbourhoods(organisationId);
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={t('volunteers.title')}
        lead={t('volunteers.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
      />
      {served.isPending ? (
        <LoadingState />
      ) : served.isError ? (
        <ErrorState error={served.error} onRetry={() => void served.refetch()} />
      ) : served.data.length === 0 ? (
        <EmptyState title={t('volunteers.none.title')} description={t('volunteers.none.body')} />
      ) : (
        <>
          <Shares neighbourhoods={served.data} />
          <VolunteerList organisationId={organisationId} neighbourhoods={served.data} />
        </>
      )}
    </Stack>
  );
}

function Shares({ neighbourhoods }: { neighbourhoods: ServedNeighbourhood[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={`${id}-title`}>
            {t('volunteers.shares.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('volunteers.shares.lead', { share: format.percent(AVERAGE_SHARE) })}
          </Text>
        </div>
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="md"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('volunteers.shares.title')}
        >
          {neighbourhoods.map((n) => {
            const share = n.volunteer_share ?? 0;
            const label =
              n.volunteer_share === null
                ? t('volunteers.shares.noResidents')
                : t('volunteers.shares.count', {
                    volunteers: n.volunteer_count,
                    count: n.resident_count,
                    share: format.percent(share),
                  });
            return (
              <li key={n.id} data-testid="volunteer-share">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fw={600}>{n.name}</Text>
                  <Text size="sm" c="dark.5">
                    {label}
                  </Text>
                </Group>
                <Progress
                  value={Math.round(share * 100)}
                  mt={4}
                  aria-label={t('volunteers.shares.bar', { name: n.name })}
                />
              </li>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function VolunteerList({
  organisationId,
  neighbourhoods,
}: {
  organisationId: string;
  neighbourhoods: ServedNeighbourhood[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [filters, setFilters] = useState<VolunteerFilters>({
    neighbourhoodId: null,
    skillIds: [],
    q: '',
  });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [writing, dialog] = useDisclosure(false);
  const skills = useSkills();
  const volunteers = useVolunteers(organisationId, filters);
  const items = useMemo(
    () => volunteers.data?.pages.flatMap((page) => page.items) ?? [],
    [volunteers.data],
  );
  const shownIds = items.map((v) => v.resident_id);
  const allChosen = shownIds.length > 0 && shownIds.every((r) => chosen.has(r));
  const someChosen = shownIds.some((r) => chosen.has(r));

  function change(next: Partial<VolunteerFilters>) {
    setFilters((current) => ({ ...current, ...next }));
    // Another list: a selection of volunteers no longer shown would be sent blind.
    setChosen(new Set());
  }
  function toggle(residentId: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(residentId);
      else next.delete(residentId);
      return next;
    });
  }
  function toggleAll(on: boolean) {
    setChosen(on ? new Set(shownIds.slice(0, RECIPIENTS_MAX)) : new Set());
  }

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" id={`${id}-title`}>
        {t('volunteers.list.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('volunteers.filters.neighbourhood')}
          placeholder={t('volunteers.filters.allNeighbourhoods')}
          data={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
          value={filters.neighbourhoodId}
          onChange={(value) => change({ neighbourhoodId: value })}
          clearable
        />
        <MultiSelect
          label={t('volunteers.filters.skills')}
          placeholder={filters.skillIds.length ? undefined : t('volunteers.filters.anySkill')}
          description={t('volunteers.filters.skillsHint')}
          data={(skills.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={filters.skillIds}
          onChange={(value) => change({ skillIds: value })}
          searchable
          clearable
        />
        <SearchField
          id={`${id}-q`}
          label={t('volunteers.filters.search')}
          hint={t('volunteers.filters.searchHint')}
          q={filters.q}
          onSearch={(q) => change({ q })}
        />
      </SimpleGrid>
      {volunteers.isPending ? (
        <LoadingState />
      ) : volunteers.isError ? (
        <ErrorState error={volunteers.error} onRetry={() => void volunteers.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('volunteers.list.empty.title')}
          description={t('volunteers.list.empty.body')}
        />
      ) : (
        <>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Checkbox
              label={t('volunteers.list.chooseAll')}
              checked={allChosen}
              indeterminate={someChosen && !allChosen}
              onChange={(event) => toggleAll(event.currentTarget.checked)}
            />
            <Button disabled={chosen.size === 0} onClick={dialog.open}>
              {t('volunteers.list.write', { count: chosen.size })}
            </Button>
          </Group>
          <CountLine testId="volunteers-count">
            {volunteers.hasNextPage
              ? t('volunteers.list.shown', { count: items.length })
              : t('volunteers.list.count', { count: items.length })}
          </CountLine>
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('volunteers.list.title')}
          >
            {items.map((volunteer) => (
              <VolunteerRow
                key={volunteer.resident_id}
                volunteer={volunteer}
                chosen={chosen.has(volunteer.resident_id)}
                onToggle={(on) => toggle(volunteer.resident_id, on)}
              />
            ))}
          </Stack>
          <LoadMore
            hasMore={volunteers.hasNextPage}
            loading={volunteers.isFetchingNextPage}
            onLoad={() => void volunteers.fetchNextPage()}
          />
        </>
      )}
      <WriteVolunteersDialog
        organisationId={organisationId}
        residentIds={[...chosen]}
        opened={writing}
        onClose={dialog.close}
        onSent={() => setChosen(new Set())}
      />
    </Stack>
  );
}

function VolunteerRow({
  volunteer,
  chosen,
  onToggle,
}: {
  volunteer: Volunteer;
  chosen: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Checkbox
          mt={4}
          checked={chosen}
          onChange={(event) => onToggle(event.currentTarget.checked)}
          aria-label={t('volunteers.list.choose', { name: volunteer.display_name })}
        />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600}>{volunteer.display_name}</Text>
          <Text size="sm" c="dark.5">
            {volunteer.neighbourhood.name}
          </Text>
          {volunteer.skills.length > 0 ? (
            <Group gap={6}>
              {volunteer.skills.map((s) => (
                <Badge key={s.id} variant="light" tt="none">
                  {s.name}
                </Badge>
              ))}
            </Group>
          ) : null}
          {volunteer.about ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {volunteer.about}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}
