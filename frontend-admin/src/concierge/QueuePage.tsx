import { ErrorState, LoadingState, PageHeader, StatusBadge, useFormat, useMe } from '@kring/common';
import { Anchor, Button, Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { mayDo } from '../api/staffTasks';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, CONCIERGE_PATHS, conciergeCasePath } from '../paths';
import { CASE_STATUSES, useQueue, type CaseStatus } from './api';

function isStatus(value: string | null): value is CaseStatus {
  return CASE_STATUSES.some((status) => status === value);
}

/** The concierge's queue, oldest first: the open cases, or those of one status. */
export default function ConciergeQueuePage() {
  return (
    <RequireStaff task="work_concierge_cases">
      <Queue />
    </RequireStaff>
  );
}

function Queue() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status');
  const status = isStatus(wanted) ? wanted : null;
  const queue = useQueue(status ? [status] : []);
  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('concierge.title')}
        lead={t('concierge.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
        actions={
          <Group gap="xs" wrap="wrap">
            <Button component={Link} to={CONCIERGE_PATHS.phone}>
              {t('concierge.links.phone')}
            </Button>
            {mayDo(me.data, 'manage_concierge_subscriptions') ? (
              <Button component={Link} to={CONCIERGE_PATHS.subscriptions} variant="default">
                {t('concierge.links.subscriptions')}
              </Button>
            ) : null}
            <Button component={Link} to={CONCIERGE_PATHS.figures} variant="default">
              {t('concierge.links.figures')}
            </Button>
          </Group>
        }
      />
      <NativeSelect
        id="queue-status"
        label={t('concierge.queue.filter')}
        maw={320}
        value={status ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setParams(value ? { status: value } : {});
        }}
        data={[
          { value: '', label: t('concierge.queue.open') },
          ...CASE_STATUSES.map((value) => ({ value, label: t(`concierge.status.${value}`) })),
        ]}
      />
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <Text c="dark.5">{t('concierge.queue.empty')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('concierge.queue.heading')}
        >
          {queue.data.items.map((item) => (
            <Card key={item.id} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Anchor component={Link} to={conciergeCasePath(item.id)} fw={600}>
                    {item.subject}
                  </Anchor>
                  <Text size="sm" c="dark.5">
                    {item.subscriber_name} · {t(`concierge.channel.${item.channel}`)} ·{' '}
                    {t('concierge.queue.asked', { date: format.date(item.created_at) })}
                  </Text>
                </Stack>
                <StatusBadge color="blue" asWritten>
                  {t(`concierge.status.${item.status}`)}
                </StatusBadge>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
