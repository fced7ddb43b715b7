import { ErrorState, LoadingState, PageHeader, StatusBadge, useFormat, useMe } from '@kring/common';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { mayDo } from '../api/staffTasks';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { ADMIN_PATHS, CONCIERGE_PATHS } from '../paths';
import {
  useCase,
  useInformalHelp,
  useLedger,
  useProviders,
  useWithdraw,
  type CaseRead,
  type OptionKind,
  type OptionRead,
} from './api';
import { CostForm } from './CostForm';
import { FollowUpForm } from './FollowUpForm';
import { LedgerBar } from './LedgerBar';
import { ProposalForm, type ProposalTarget } from './ProposalForm';

/** A concierge case: the subscriber and budget, the request, look-ups, proposals, follow-up. */
export default function ConciergeCasePage() {
  return (
    <RequireStaff task="work_concierge_cases">
      <CaseLoader />
    </RequireStaff>
  );
}

function CaseLoader() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const found = useCase(caseId);
  if (found.isPending) return <LoadingState />;
  if (found.isError) return <ErrorState error={found.error} onRetry={() => void found.refetch()} />;
  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={found.data.subject}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('concierge.title'), to: CONCIERGE_PATHS.queue },
        ]}
      />
      <CaseView item={found.data} />
    </Stack>
  );
}

function CaseView({ item }: { item: CaseRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ledger = useLedger(item.subscription_id);
  const [kind, setKind] = useState<OptionKind>('neighbour');
  const [target, setTarget] = useState<ProposalTarget | null>(null);
  const pick = (next: ProposalTarget) => {
    setKind(next.kind);
    setTarget(next);
    document.getElementById('proposal-description')?.focus();
  };
  return (
    <>
      <SectionCard id="case-subscriber" title={t('concierge.case.subscriber')}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{item.subscriber_name}</Text>
          <StatusBadge color="gray" asWritten>
            {t(`concierge.channel.${item.channel}`)}
          </StatusBadge>
          <StatusBadge color="blue" asWritten>
            {t(`concierge.status.${item.status}`)}
          </StatusBadge>
        </Group>
        {ledger.data ? <LedgerBar ledger={ledger.data} /> : null}
      </SectionCard>
      <SectionCard
        id="case-request"
        title={t('concierge.case.request')}
        lead={t('concierge.queue.asked', { date: format.date(item.created_at) })}
      >
        <Text style={{ whiteSpace: 'pre-line' }}>{item.description}</Text>
      </SectionCard>
      <InformalHelp caseId={item.id} onPick={pick} />
      <Professionals caseId={item.id} onPick={pick} />
      <SectionCard id="case-proposal" title={t('concierge.proposal.heading')}>
        <ProposalForm caseId={item.id} kind={kind} onKind={setKind} target={target} />
      </SectionCard>
      <Options item={item} />
      <SectionCard id="case-follow-up" title={t('concierge.followUp.heading')}>
        <FollowUpForm key={`${item.status}`} item={item} />
      </SectionCard>
      <SectionCard id="case-costs" title={t('concierge.costs.heading')}>
        <CostForm subscriptionId={item.subscription_id} caseId={item.id} />
      </SectionCard>
    </>
  );
}

function InformalHelp({
  caseId,
  onPick,
}: {
  caseId: string;
  onPick: (target: ProposalTarget) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const help = useInformalHelp(caseId);
  return (
    <SectionCard
      id="case-informal"
      title={t('concierge.case.informal')}
      lead={t('concierge.case.informalLead')}
    >
      {help.isPending ? (
        <LoadingState />
      ) : help.isError ? (
        <ErrorState error={help.error} onRetry={() => void help.refetch()} />
      ) : help.data.items.length === 0 ? (
        <Text c="dark.5">{t('concierge.case.informalEmpty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {help.data.items.map((person) => {
            const kind: OptionKind = person.volunteers_for_organisations
              ? 'volunteer'
              : 'neighbour';
            return (
              <Card key={person.user_id} withBorder padding="sm" component="li">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Text fw={600}>
                      {person.display_name}
                      {person.volunteers_for_organisations
                        ? ` · ${t('concierge.case.volunteer')}`
                        : ''}
                    </Text>
                    <Text size="sm" c="dark.5">
                      {t('concierge.case.distance', {
                        distance: format.distance(person.distance_km),
                      })}
                      {person.skills.length ? ` · ${person.skills.join(', ')}` : ''}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('concierge.case.proposeLabel', { name: person.display_name })}
                    onClick={() => onPick({ kind, id: person.user_id, name: person.display_name })}
                  >
                    {t('concierge.case.propose')}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}

function Professionals({
  caseId,
  onPick,
}: {
  caseId: string;
  onPick: (target: ProposalTarget) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [q, setQ] = useState('');
  const providers = useProviders(caseId, q.trim());
  return (
    <SectionCard id="case-professionals" title={t('concierge.case.professionals')}>
      <TextInput
        id="providers-q"
        label={t('concierge.case.providersSearch')}
        value={q}
        maxLength={100}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      {providers.isPending ? (
        <LoadingState />
      ) : providers.isError ? (
        <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />
      ) : providers.data.items.length === 0 ? (
        <Text c="dark.5">{t('concierge.case.providersEmpty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {providers.data.items.map((provider) => {
            const name = provider.company_name ?? provider.name;
            return (
              <Card key={provider.provider_profile_id} withBorder padding="sm" component="li">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={2}>
                    <Text fw={600}>{name}</Text>
                    <Text size="sm">
                      {provider.price_from_cents === null
                        ? t('concierge.case.noPrice')
                        : t('concierge.case.priceFrom', {
                            price: format.money(provider.price_from_cents),
                          })}
                      {provider.distance_km === null
                        ? ''
                        : ` · ${t('concierge.case.distance', { distance: format.distance(provider.distance_km) })}`}
                    </Text>
                    <Text size="sm" fw={600} c={provider.verified ? 'kringTeal.8' : 'red.8'}>
                      {provider.verified
                        ? `✓ ${t('concierge.case.verified')}`
                        : `✗ ${t('concierge.case.notVerified')}`}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('concierge.case.proposeLabel', { name })}
                    onClick={() =>
                      onPick({ kind: 'provider', id: provider.provider_profile_id, name })
                    }
                  >
                    {t('concierge.case.propose')}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}

function Options({ item }: { item: CaseRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const withdraw = useWithdraw(item.id);
  const cost = (option: OptionRead) =>
    option.cost_cents === 0 ? t('concierge.case.free') : format.money(option.cost_cents);
  return (
    <SectionCard id="case-options" title={t('concierge.case.options')}>
      {item.options.length === 0 ? (
        <Text c="dark.5">{t('concierge.case.noOptions')}</Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {item.options.map((option) => (
            <Card key={option.id} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Title order={3} size="h5">
                    {option.name} · {t(`concierge.kind.${option.kind}`)}
                  </Title>
                  <Text size="sm">{option.description}</Text>
                  <Text size="sm" fw={600}>
                    {cost(option)}
                    {option.chosen_at ? ` · ${t('concierge.case.chosen')}` : ''}
                    {option.declined_at ? ` · ${t('concierge.case.declined')}` : ''}
                  </Text>
                  {option.kind === 'provider' ? (
                    <Text size="sm" c={option.verified ? 'kringTeal.8' : 'red.8'}>
                      {option.verified
                        ? t('concierge.case.verified')
                        : t('concierge.case.notVerified')}
                    </Text>
                  ) : null}
                </Stack>
                {!option.chosen_at &&
                !option.declined_at &&
                mayDo(me.data, 'work_concierge_cases') ? (
                  <Button
                    size="xs"
                    variant="default"
                    loading={withdraw.isPending && withdraw.variables === option.id}
                    aria-label={t('concierge.case.withdrawLabel', { name: option.name })}
                    onClick={() => withdraw.mutate(option.id)}
                  >
                    {t('concierge.case.withdraw')}
                  </Button>
                ) : null}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
