import {
  DayPartGrid,
  ErrorState,
  LoadingState,
  PageHeader,
  cellsOfWeek,
  useFormat,
  useMe,
} from '@kring/common';
import { Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useHelper, type Helper } from '../api/helpers';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { HelperBadgesCard } from '../helpers/HelperBadgesCard';
import { HelperStanding } from '../helpers/HelperStanding';
import { ADMIN_PATHS, HELPER_PATHS } from '../paths';

/** One helper: the profile, and the badges (reading it is recorded in the audit trail). */
export default function HelperPage() {
  return (
    <RequireStaff task="view_providers">
      <HelperView />
    </RequireStaff>
  );
}

function HelperView() {
  const { t } = useTranslation();
  const { helperId = '' } = useParams();
  const helper = useHelper(helperId);
  const me = useMe();
  if (helper.isPending) return <LoadingState />;
  if (helper.isError) {
    return <ErrorState error={helper.error} onRetry={() => void helper.refetch()} />;
  }
  const shown = helper.data;
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={shown.name}
        lead={shown.email}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('nav.helpers'), to: HELPER_PATHS.list },
        ]}
        actions={<HelperStanding helper={shown} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Details helper={shown} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <HelperBadgesCard helper={shown} mayChange={mayDo(me.data, 'set_badges')} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Details({ helper }: { helper: Helper }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const profile = helper.profile;
  const address = profile.address;
  const languages = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const area =
    profile.work_area === 'radius'
      ? t('helper.details.radius', { count: profile.radius_km ?? 0 })
      : profile.places.map((place) => place.name).join(', ');
  return (
    <SectionCard id="helper-details" title={t('helper.details.title')}>
      <Stack gap="xs" component="dl" m={0}>
        <DetailItem label={t('helper.details.introduction')}>
          {profile.introduction || '—'}
        </DetailItem>
        <DetailItem label={t('helper.details.kind')}>
          {helper.kind === 'paid' && profile.hourly_rate_cents
            ? t('helper.details.paid', { rate: format.money(profile.hourly_rate_cents) })
            : t('helpers.kind.volunteer')}
        </DetailItem>
        {helper.kind === 'paid' || profile.bank ? (
          <DetailItem label={t('helper.details.bank')}>
            {profile.bank
              ? `${profile.bank.iban} (${profile.bank.account_holder})`
              : t('helper.details.noBank')}
          </DetailItem>
        ) : null}
        <DetailItem label={t('helper.details.address')}>
          {`${address.street} ${address.house_number}${address.house_number_addition ? ` ${address.house_number_addition}` : ''}, ${address.postcode} ${address.city}`}
          {profile.located ? null : (
            <Text size="sm" c="red.9">
              {t('helper.details.notLocated')}
            </Text>
          )}
        </DetailItem>
        <DetailItem label={t('helper.details.phone')}>{helper.phone ?? '—'}</DetailItem>
        <DetailItem label={t('helper.details.area')}>{area}</DetailItem>
        <DetailItem label={t('helper.details.languages')}>
          {profile.languages.map((code) => languages.of(code) ?? code).join(', ')}
        </DetailItem>
        <DetailItem label={t('helper.details.skills')}>
          {t('helper.details.skillCount', { count: profile.skill_ids.length })}
        </DetailItem>
        <DetailItem label={t('helper.details.acceptingNew')}>
          {helper.accepting_new ? t('helper.details.yes') : t('helper.details.no')}
        </DetailItem>
        <DetailItem label={t('helper.details.since')}>
          {format.dateTime(helper.created_at)}
        </DetailItem>
        <DetailItem label={t('helper.details.badgedAt')}>
          {helper.badged_at ? format.dateTime(helper.badged_at) : '—'}
        </DetailItem>
      </Stack>
      <Text fw={700} size="sm" id="helper-week">
        {t('helper.details.week')}
      </Text>
      <DayPartGrid labelledBy="helper-week" value={cellsOfWeek(profile.day_parts)} />
    </SectionCard>
  );
}
