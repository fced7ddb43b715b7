import { ErrorState, LoadingState, RequireLogin, useDocumentTitle } from '@kring/common';
import { Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useSkills } from '../api/dossiers';
import { useHelpers, type Helper } from '../api/neighbourhoods';
import { WriteDialog } from './WriteDialog';

/** "Buren die kunnen helpen": neighbours who offer a skill, nearest first; write to one. */
export default function HelpersPage() {
  return (
    <RequireLogin>
      <Helpers />
    </RequireLogin>
  );
}

/** "minder dan 1 km" or "ca. 1,5 km": the API already rounds up to half a kilometre. */
export function useDistance() {
  const { t, i18n } = useTranslation();
  return (km: number) =>
    km < 1
      ? t('myNeighbourhood.helpers.nearby')
      : t('myNeighbourhood.helpers.distance', {
          km: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(km),
        });
}

function Helpers() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNeighbourhood.helpers.documentTitle'), t('app.name'));
  const { neighbourhoodId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const skill = params.get('skill');
  const skills = useSkills();
  const helpers = useHelpers(neighbourhoodId, skill);
  const items = helpers.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('myNeighbourhood.helpers.title')}
        </Title>
        <Text c="dark.5">{t('myNeighbourhood.helpers.lead')}</Text>
      </Stack>
      <NativeSelect
        id="helpers-skill"
        label={t('myNeighbourhood.helpers.skill')}
        value={skill ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setParams(value ? new URLSearchParams({ skill: value }) : new URLSearchParams());
        }}
        data={[
          { value: '', label: t('myNeighbourhood.helpers.anySkill') },
          ...(skills.data ?? []).map((one) => ({ value: one.slug, label: one.name })),
        ]}
        maw={360}
      />
      {helpers.isPending ? (
        <LoadingState />
      ) : helpers.isError ? (
        <ErrorState error={helpers.error} onRetry={() => void helpers.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('myNeighbourhood.helpers.none')}</Text>
      ) : (
        <>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((helper) => (
              <HelperRow key={helper.user_id} helper={helper} />
            ))}
          </Stack>
          {helpers.hasNextPage ? (
            <Button
              variant="default"
              style={{ alignSelf: 'center' }}
              loading={helpers.isFetchingNextPage}
              onClick={() => void helpers.fetchNextPage()}
            >
              {t('myNeighbourhood.helpers.more')}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function HelperRow({ helper }: { helper: Helper }) {
  const { t } = useTranslation();
  const distance = useDistance();
  const [writing, setWriting] = useState(false);
  const headingId = `helper-${helper.user_id}`;
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {helper.display_name}
          </Title>
          <Text size="sm" c="dark.5">
            {distance(helper.distance_km)}
          </Text>
        </Group>
        {helper.skills.length > 0 ? (
          <Group gap={6}>
            {helper.skills.map((one) => (
              <Badge key={one.id} variant="light" color="kringTeal" tt="none">
                {one.name}
              </Badge>
            ))}
          </Group>
        ) : null}
        {helper.about ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {helper.about}
          </Text>
        ) : null}
        {helper.volunteers_for_organisations ? (
          <Text size="sm" c="kringTeal.9">
            {t('myNeighbourhood.helpers.volunteer')}
          </Text>
        ) : null}
        <Button
          variant="light"
          color="kringClay"
          style={{ alignSelf: 'flex-start' }}
          aria-describedby={headingId}
          onClick={() => setWriting(true)}
        >
          {t('myNeighbourhood.helpers.write')}
        </Button>
      </Stack>
      <WriteDialog
        opened={writing}
        onClose={() => setWriting(false)}
        title={t('myNeighbourhood.helpers.writeTo', { name: helper.display_name })}
        toUserId={helper.user_id}
      />
    </Card>
  );
}
