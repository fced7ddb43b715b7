import {
  cellsOfWeek,
  DayPartGrid,
  EmptyState,
  ErrorState,
  errorMessage,
  LoadingState,
  RequireLogin,
  StatusBadge,
  useFormat,
  type Week,
} from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCalendarFeed,
  useChangeEngagement,
  useMyEngagements,
  useNewCalendarFeed,
  useRevokeCalendarFeed,
  type Engagement,
  type EngagementChange,
} from '../api/proposals';
import { PageHeader } from '../home/PageHeader';

/** Whom I help now, with their contact details (shared from the engagement on), and my calendar. */
export default function EngagementsPage() {
  return (
    <RequireLogin>
      <Engagements />
    </RequireLogin>
  );
}

function Engagements() {
  const { t } = useTranslation();
  const engagements = useMyEngagements();
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader title={t('engagements.title')} lead={t('engagements.lead')} />
      {engagements.isPending ? (
        <LoadingState />
      ) : engagements.isError ? (
        <ErrorState error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : engagements.data.length === 0 ? (
        <EmptyState title={t('engagements.emptyTitle')} description={t('engagements.empty')} />
      ) : (
        <Stack gap="md">
          {engagements.data.map((engagement) => (
            <EngagementCard key={engagement.id} engagement={engagement} />
          ))}
        </Stack>
      )}
      <CalendarCard />
    </Stack>
  );
}

const CHANGES: Record<Engagement['status'], EngagementChange[]> = {
  active: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: [],
};

function EngagementCard({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeEngagement();
  const [asking, setAsking] = useState<EngagementChange | null>(null);
  const [reason, setReason] = useState('');
  const seeker = engagement.help_seeker;
  const address = seeker.address;
  const headingId = `engagement-${engagement.id}`;
  const weekId = `engagement-week-${engagement.id}`;
  const needsReason = asking !== null && asking !== 'resume';
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title id={headingId} order={2} size="h4">
            {`${seeker.first_name} ${seeker.last_name}`}
          </Title>
          <StatusBadge color={engagement.status === 'active' ? 'kringTeal' : 'gray'} asWritten>
            {t(`engagements.status.${engagement.status}`)}
          </StatusBadge>
        </Group>
        <Text size="sm" c="dark.5">
          {t('engagements.since', { date: format.date(engagement.started_at) })}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>
          {`${address.street} ${address.house_number}${address.house_number_addition ? ` ${address.house_number_addition}` : ''}\n${address.postcode} ${address.city}`}
        </Text>
        <Group gap="md" wrap="wrap">
          <Anchor href={`tel:${seeker.phone}`}>{format.phone(seeker.phone)}</Anchor>
          {seeker.email ? <Anchor href={`mailto:${seeker.email}`}>{seeker.email}</Anchor> : null}
        </Group>
        <Text size="sm">
          {t('engagements.partner', {
            name: engagement.partner.name,
            email: engagement.partner.email,
          })}
        </Text>
        <Text id={weekId} size="sm" c="dimmed">
          {t('engagements.week')}
        </Text>
        <DayPartGrid labelledBy={weekId} value={cellsOfWeek(engagement.day_parts as Week)} />
        {engagement.status === 'paused' && engagement.pause_reason ? (
          <Text size="sm">
            {t('engagements.pausedBecause', { reason: engagement.pause_reason })}
          </Text>
        ) : null}
        {engagement.end_reason ? (
          <Text size="sm">{t('engagements.endedBecause', { reason: engagement.end_reason })}</Text>
        ) : null}
        {asking ? (
          <Stack gap="xs">
            <Textarea
              id={`engagement-reason-${engagement.id}`}
              label={t('engagements.reason')}
              description={t(`engagements.changes.${asking}.what`, { name: seeker.first_name })}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required={needsReason}
              rows={2}
            />
            {change.isError ? (
              <Alert color="kringClay" variant="light" role="alert">
                {errorMessage(change.error, t)}
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button
                color={asking === 'end' ? 'red.9' : 'kringClay.7'}
                loading={change.isPending}
                disabled={needsReason && reason.trim() === ''}
                onClick={() =>
                  change.mutate(
                    { id: engagement.id, change: asking, reason: reason.trim() },
                    { onSuccess: () => setAsking(null) },
                  )
                }
              >
                {t(`engagements.changes.${asking}.confirm`)}
              </Button>
              <Button variant="default" onClick={() => setAsking(null)}>
                {t('engagements.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : CHANGES[engagement.status].length > 0 ? (
          <Group gap="xs">
            {CHANGES[engagement.status].map((each) => (
              <Button key={each} size="xs" variant="default" onClick={() => setAsking(each)}>
                {t(`engagements.changes.${each}.button`)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The private calendar address: first meetings and the weekly day-parts, in any calendar app. */
function CalendarCard() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useNewCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const url = create.data?.url ?? null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calendar-feed">
      <Stack gap="sm">
        <Title id="calendar-feed" order={2} size="h4">
          {t('engagements.calendar.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('engagements.calendar.lead')}
        </Text>
        {url ? (
          <>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                id="calendar-address"
                label={t('engagements.calendar.address')}
                value={url}
                readOnly
                style={{ flex: 1, minWidth: 0 }}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? t('engagements.calendar.copied') : t('engagements.calendar.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm">{t('engagements.calendar.once')}</Text>
          </>
        ) : feed.data?.active ? (
          <Text size="sm">{t('engagements.calendar.active')}</Text>
        ) : null}
        {create.isError || revoke.isError ? (
          <Alert color="kringClay" variant="light" role="alert">
            {errorMessage(create.error ?? revoke.error, t)}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            color="kringClay.7"
            loading={create.isPending}
            onClick={() => {
              revoke.reset();
              create.mutate();
            }}
          >
            {feed.data?.active || url
              ? t('engagements.calendar.renew')
              : t('engagements.calendar.create')}
          </Button>
          {feed.data?.active || url ? (
            <Button
              variant="default"
              loading={revoke.isPending}
              onClick={() => {
                create.reset();
                revoke.mutate();
              }}
            >
              {t('engagements.calendar.revoke')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
