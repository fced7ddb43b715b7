import {
  EmptyState,
  ErrorState,
  LoadingState,
  RequireLogin,
  StatusBadge,
  useDocumentTitle,
  useFormat,
} from '@kring/common';
import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCases, useMySubscription, type MySubscription } from '../api/concierge';
import { conciergeCasePath } from '../paths';
import { AskForm } from './AskForm';
import { LedgerBar } from './LedgerBar';
import { statusColour } from './status';

/** "Buurtconciërge": my subscription, this month's budget, asking for help and my requests. */
export default function ConciergePage() {
  return (
    <RequireLogin>
      <Concierge />
    </RequireLogin>
  );
}

function Concierge() {
  const { t } = useTranslation();
  useDocumentTitle(t('concierge.title'), t('app.name'));
  const mine = useMySubscription();
  return (
    <Stack maw={820} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('concierge.title')}
        </Title>
        <Text c="dark.5">{t('concierge.lead')}</Text>
      </Stack>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data === null ? (
        <EmptyState title={t('concierge.none')} />
      ) : (
        <Subscribed mine={mine.data} />
      )}
    </Stack>
  );
}

function Subscribed({ mine }: { mine: MySubscription }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { subscription, ledger } = mine;
  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="concierge-subscription">
        <Stack gap="md">
          <Title order={2} size="h3" id="concierge-subscription">
            {t('concierge.subscription.heading')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="dl" m={0}>
            <div>
              <Text component="dt" size="sm" c="dark.5">
                {t('concierge.subscription.budget')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {format.money(subscription.monthly_budget_cents)}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dark.5">
                {t('concierge.subscription.funding')}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {t(`concierge.funding.${subscription.funding}`)}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dark.5">
                {t('concierge.subscription.since')}
              </Text>
              <Text component="dd" m={0}>
                {format.day(subscription.starts_on)}
              </Text>
            </div>
            {subscription.ends_on ? (
              <div>
                <Text component="dt" size="sm" c="dark.5">
                  {t('concierge.subscription.until')}
                </Text>
                <Text component="dd" m={0}>
                  {format.day(subscription.ends_on)}
                </Text>
              </div>
            ) : null}
          </SimpleGrid>
          <LedgerBar ledger={ledger} />
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="concierge-ask-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="concierge-ask-heading">
            {t('concierge.ask.heading')}
          </Title>
          <AskForm />
        </Stack>
      </Card>
      <MyCases />
    </>
  );
}

function MyCases() {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = useMyCases();
  return (
    <Stack component="section" gap="sm" aria-labelledby="concierge-cases">
      <Title order={2} size="h3" id="concierge-cases">
        {t('concierge.cases.heading')}
      </Title>
      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.items.length === 0 ? (
        <Text c="dark.5">{t('concierge.cases.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="sm" p={0}>
          {cases.data.items.map((item) => (
            <List.Item key={item.id}>
              <Card withBorder padding="md">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Anchor component={Link} to={conciergeCasePath(item.id)} fw={600}>
                      {item.subject}
                    </Anchor>
                    <Text size="sm" c="dark.5">
                      {t('concierge.cases.asked', { date: format.date(item.created_at) })}
                    </Text>
                  </Stack>
                  <StatusBadge color={statusColour(item.status)} asWritten>
                    {t(`concierge.status.${item.status}`)}
                  </StatusBadge>
                </Group>
              </Card>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
