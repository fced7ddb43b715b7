import { isApiProblem } from '@kring/client';
import {
  ErrorState,
  FormErrors,
  LoadingState,
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
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import {
  FUNDINGS,
  useEndResidentSubscription,
  useOrganisationSubscriptions,
  useSubscribeResident,
  type Funding,
  type Subscription,
} from './api';

function problemMessages(error: Error | null): string[] {
  if (!error) return [];
  if (isApiProblem(error) && error.errors.length) return error.errors.map((e) => e.message);
  return [error.message];
}

/**
 * The municipality's concierge subscriptions (service dashboard): the route element the lead
 * wires into the portal's routes.
 */
export default function ConciergeSubscriptionsPage() {
  return (
    <RequireMember>
      <Subscriptions />
    </RequireMember>
  );
}

function Subscriptions() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const list = useOrganisationSubscriptions(organisationId);
  return (
    <Stack maw={1000} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1}>{t('concierge.title')}</Title>
        <Text c="dark.5">{t('concierge.lead')}</Text>
      </Stack>
      <Card withBorder padding="lg" component="section" aria-labelledby="concierge-new">
        <Stack gap="md">
          <Title order={2} size="h3" id="concierge-new">
            {t('concierge.new')}
          </Title>
          <SubscribeForm organisationId={organisationId} />
        </Stack>
      </Card>
      <Stack component="section" gap="sm" aria-labelledby="concierge-list">
        <Title order={2} size="h3" id="concierge-list">
          {t('concierge.list')}
        </Title>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text c="dark.5">{t('concierge.empty')}</Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((subscription) => (
              <Row
                key={subscription.id}
                organisationId={organisationId}
                subscription={subscription}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

function Row({
  organisationId,
  subscription,
}: {
  organisationId: string;
  subscription: Subscription;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const end = useEndResidentSubscription(organisationId);
  const [endsOn, setEndsOn] = useState(subscription.ends_on ?? todayInKring());
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Text fw={600}>{subscription.subscriber_name}</Text>
            <Text size="sm">
              {format.money(subscription.monthly_budget_cents)} ·{' '}
              {t(`concierge.fundingKind.${subscription.funding}`)}
            </Text>
            <Text size="sm" c="dark.5">
              {subscription.ends_on
                ? t('concierge.period', {
                    from: format.day(subscription.starts_on),
                    until: format.day(subscription.ends_on),
                  })
                : t('concierge.periodOpen', { from: format.day(subscription.starts_on) })}
            </Text>
          </Stack>
          <StatusBadge color={subscription.active ? 'kringTeal' : 'gray'} asWritten>
            {subscription.active ? t('concierge.active') : t('concierge.inactive')}
          </StatusBadge>
        </Group>
        <Group
          component="form"
          gap="xs"
          align="flex-end"
          wrap="wrap"
          aria-label={t('concierge.endLabel', { name: subscription.subscriber_name })}
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            end.mutate({ id: subscription.id, ends_on: endsOn });
          }}
        >
          <TextInput
            id={`end-${subscription.id}`}
            type="date"
            size="xs"
            label={t('concierge.endsOn')}
            value={endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
          <Button type="submit" size="xs" variant="default" loading={end.isPending}>
            {t('concierge.end')}
          </Button>
        </Group>
        <FormErrors messages={problemMessages(end.error)} />
      </Stack>
    </Card>
  );
}

function SubscribeForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const create = useSubscribeResident(organisationId);
  const [email, setEmail] = useState('');
  const [startsOn, setStartsOn] = useState(todayInKring());
  const [budget, setBudget] = useState('');
  const [funding, setFunding] = useState<Funding>('wmo');
  const [budgetError, setBudgetError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(budget);
    if (cents === null || cents < 1) {
      setBudgetError(t('concierge.amount'));
      return;
    }
    setBudgetError(null);
    create.mutate(
      { email: email.trim(), starts_on: startsOn, monthly_budget_cents: cents, funding },
      {
        onSuccess: () => {
          setEmail('');
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
            {t('concierge.created')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="concierge-email"
            type="email"
            label={t('concierge.email')}
            value={email}
            maxLength={254}
            onChange={(event) => setEmail(event.currentTarget.value)}
            required
          />
          <TextInput
            id="concierge-starts"
            type="date"
            label={t('concierge.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            required
          />
          <TextInput
            id="concierge-budget"
            label={t('concierge.budget')}
            inputMode="decimal"
            value={budget}
            onChange={(event) => setBudget(event.currentTarget.value)}
            error={budgetError}
            required
          />
          <NativeSelect
            id="concierge-funding"
            label={t('concierge.funding')}
            value={funding}
            onChange={(event) => setFunding(event.currentTarget.value as Funding)}
            data={FUNDINGS.map((value) => ({
              value,
              label: t(`concierge.fundingKind.${value}`),
            }))}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('concierge.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
