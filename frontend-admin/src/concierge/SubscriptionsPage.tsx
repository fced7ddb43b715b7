import { isApiProblem } from '@kring/client';
import {
  ErrorState,
  FormErrors,
  LoadingState,
  PageHeader,
  parseEuros,
  StatusBadge,
  todayInKring,
  useFormat,
} from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, CONCIERGE_PATHS } from '../paths';
import {
  FUNDINGS,
  useCreateSubscription,
  useEndSubscription,
  useSubscriptions,
  type Funding,
  type SubscriptionRead,
} from './api';

function problemMessages(error: Error | null): string[] {
  if (!error) return [];
  if (isApiProblem(error) && error.errors.length) return error.errors.map((e) => e.message);
  return [error.message];
}

/** The concierge subscriptions: search, subscribe a person, end a subscription. */
export default function ConciergeSubscriptionsPage() {
  return (
    <RequireStaff task="manage_concierge_subscriptions">
      <Subscriptions />
    </RequireStaff>
  );
}

function Subscriptions() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useSubscriptions(q.trim());
  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('concierge.subscriptions.title')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('concierge.title'), to: CONCIERGE_PATHS.queue },
        ]}
      />
      <SectionCard id="subscription-new" title={t('concierge.subscriptions.new')}>
        <CreateForm />
      </SectionCard>
      <TextInput
        id="subscriptions-q"
        label={t('concierge.subscriptions.search')}
        aria-description={t('concierge.subscriptions.searchLabel')}
        maw={420}
        maxLength={100}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text c="dark.5">{t('concierge.subscriptions.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((subscription) => (
            <SubscriptionRow key={subscription.id} subscription={subscription} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function SubscriptionRow({ subscription }: { subscription: SubscriptionRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = useEndSubscription();
  const [endsOn, setEndsOn] = useState(subscription.ends_on ?? todayInKring());
  const inputId = `end-${subscription.id}`;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Text fw={600}>{subscription.subscriber_name}</Text>
            <Text size="sm">
              {t('concierge.subscriptions.budget')}:{' '}
              {format.money(subscription.monthly_budget_cents)} ·{' '}
              {t(`concierge.funding.${subscription.funding}`)}
            </Text>
            <Text size="sm" c="dark.5">
              {subscription.ends_on
                ? t('concierge.subscriptions.period', {
                    from: format.day(subscription.starts_on),
                    until: format.day(subscription.ends_on),
                  })
                : t('concierge.subscriptions.periodOpen', {
                    from: format.day(subscription.starts_on),
                  })}
            </Text>
          </Stack>
          <StatusBadge color={subscription.active ? 'kringTeal' : 'gray'} asWritten>
            {subscription.active
              ? t('concierge.subscriptions.active')
              : t('concierge.subscriptions.inactive')}
          </StatusBadge>
        </Group>
        <Group
          component="form"
          gap="xs"
          align="flex-end"
          wrap="wrap"
          aria-label={t('concierge.subscriptions.endLabel', {
            name: subscription.subscriber_name,
          })}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            end.mutate({ id: subscription.id, ends_on: endsOn });
          }}
        >
          <TextInput
            id={inputId}
            type="date"
            size="xs"
            label={t('concierge.subscriptions.endsOn')}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
          <Button type="submit" size="xs" variant="default" loading={end.isPending}>
            {t('concierge.subscriptions.endSubmit')}
          </Button>
        </Group>
        <FormErrors messages={problemMessages(end.error)} />
      </Stack>
    </Card>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const create = useCreateSubscription();
  const [userId, setUserId] = useState('');
  const [startsOn, setStartsOn] = useState(todayInKring());
  const [budget, setBudget] = useState('');
  const [funding, setFunding] = useState<Funding>('wmo');
  const [budgetError, setBudgetError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(budget);
    if (cents === null || cents < 1) {
      setBudgetError(t('concierge.form.amount'));
      return;
    }
    setBudgetError(null);
    create.mutate(
      { user_id: userId.trim(), starts_on: startsOn, monthly_budget_cents: cents, funding },
      {
        onSuccess: () => {
          setUserId('');
          setBudget('');
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="md">
        <FormErrors messages={problemMessages(create.error)} />
        {create.isSuccess ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.subscriptions.created')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="subscription-user"
            label={t('concierge.subscriptions.userId')}
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
            required
          />
          <TextInput
            id="subscription-starts"
            type="date"
            label={t('concierge.subscriptions.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            required
          />
          <TextInput
            id="subscription-budget"
            label={t('concierge.subscriptions.budget')}
            inputMode="decimal"
            value={budget}
            onChange={(event) => setBudget(event.currentTarget.value)}
            error={budgetError}
            required
          />
          <NativeSelect
            id="subscription-funding"
            label={t('concierge.subscriptions.funding')}
            value={funding}
            onChange={(event) => setFunding(event.currentTarget.value as Funding)}
            data={FUNDINGS.map((value) => ({ value, label: t(`concierge.funding.${value}`) }))}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('concierge.subscriptions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
