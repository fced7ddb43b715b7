import { displayName, useFormat, useMe, PageHeader } from '@kring/common';
import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useOverdueRequests,
  usePartnerAccessWaiting,
  usePromotionsToConfirm,
  useVogsMissing,
  useVogsWaiting,
  type QueueCount,
} from '../api/queues';
import { useHelpersWaiting } from '../api/helpers';
import { useOrdersReceived } from '../api/orders';
import { mayDo, type StaffTask } from '../api/staffTasks';
import { RequireStaff } from '../components/RequireStaff';
import {
  ADMIN_PATHS,
  HELPER_PATHS,
  ORDER_PATHS,
  PARTNER_ACCESS_PATHS,
  PROVIDER_PATHS,
  QUEUE_PATHS,
} from '../paths';

/** The staff member's start of the day: the queues that need someone, as counts. */
export default function HomePage() {
  return (
    <RequireStaff>
      <Home />
    </RequireStaff>
  );
}

interface QueueCardProps {
  id: string;
  task: StaffTask;
  useCount: () => UseQueryResult<QueueCount>;
  /** Where the queue is worked through, when the console has that page. */
  to?: string;
}

const QUEUES: readonly QueueCardProps[] = [
  {
    id: 'ordersReceived',
    task: 'view_orders',
    useCount: useOrdersReceived,
    to: `${ORDER_PATHS.list}?status=received`,
  },
  {
    id: 'partnerAccess',
    task: 'verify_partners',
    useCount: usePartnerAccessWaiting,
    to: PARTNER_ACCESS_PATHS.list,
  },
  {
    id: 'overdueRequests',
    task: 'view_response_times',
    useCount: useOverdueRequests,
    to: QUEUE_PATHS.responseTimes,
  },
  {
    id: 'vogsWaiting',
    task: 'verify_certificates',
    useCount: useVogsWaiting,
    to: `${PROVIDER_PATHS.list}?vog=waiting`,
  },
  {
    id: 'vogsMissing',
    task: 'view_providers',
    useCount: useVogsMissing,
    to: `${PROVIDER_PATHS.list}?vog_missing=true`,
  },
  {
    id: 'helpersWaiting',
    task: 'view_providers',
    useCount: useHelpersWaiting,
    to: `${HELPER_PATHS.list}?waiting_for_badge=true`,
  },
  {
    id: 'promotionsToConfirm',
    task: 'view_promotions',
    useCount: usePromotionsToConfirm,
    to: `${QUEUE_PATHS.promotions}?status=requested`,
  },
];

function Home() {
  const { t } = useTranslation();
  const me = useMe();
  const queues = QUEUES.filter((queue) => mayDo(me.data, queue.task));
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('home.title', { name: me.data ? displayName(me.data) : '' })}
        lead={t('home.lead', { role: t(`roles.${me.data?.staff_role ?? 'unknown'}`) })}
      />
      <section aria-labelledby="home-queues">
        <Stack gap="md">
          <Title order={2} size="h3" id="home-queues">
            {t('home.queues.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {queues.map((queue) => (
              <QueueCard key={queue.id} {...queue} />
            ))}
          </SimpleGrid>
        </Stack>
      </section>
      {mayDo(me.data, 'view_accounts') ? (
        <Anchor component={Link} to={ADMIN_PATHS.people}>
          {t('home.findPeople')}
        </Anchor>
      ) : null}
    </Stack>
  );
}

function QueueCard({ id, useCount, to }: QueueCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const counted = useCount();
  const titleId = `queue-${id}`;
  let figure: string | null = null;
  if (counted.data) {
    const number = format.number(counted.data.count);
    figure = counted.data.more ? t('home.queues.more', { count: number }) : number;
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId} data-queue={id}>
      <Stack gap={6}>
        <Title order={3} size="h5" id={titleId}>
          {t(`home.queues.${id}.title`)}
        </Title>
        {counted.isPending ? (
          <Skeleton h={40} w={80} />
        ) : counted.isError ? (
          <Text c="red.8" role="alert">
            {t('home.queues.error')}
          </Text>
        ) : (
          <Text
            fz={36}
            fw={800}
            lh={1.1}
            c={counted.data.count > 0 ? 'kringClay.8' : 'kringTeal.8'}
          >
            {figure}
          </Text>
        )}
        {counted.data && 'overdue' in counted.data && Number(counted.data.overdue) > 0 ? (
          <Text size="sm" fw={700} c="red.9">
            {t('home.queues.overdue', { count: Number(counted.data.overdue) })}
          </Text>
        ) : null}
        <Text size="sm" c="dark.5">
          {t(`home.queues.${id}.what`)}
        </Text>
        {to ? (
          <Anchor component={Link} to={to} size="sm" fw={600}>
            {t(`home.queues.${id}.open`)}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}
