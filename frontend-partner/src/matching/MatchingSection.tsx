import { ErrorState, LoadingState, PeopleFigure } from '@kring/common';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import {
  useDossierEngagements,
  useDossierProposals,
  useEngagementAction,
  useHelpersNear,
  useProposalAction,
  useSendProposal,
  useSuggestions,
  type Suggestion,
} from '../api/matching';
import { EngagementsCard } from './EngagementsCard';
import { ProposalDialog } from './ProposalDialog';
import { ProposalsCard } from './ProposalsCard';
import { SuggestionCard } from './SuggestionCard';

const MATCHING = new Set<Dossier['status']>(['searching', 'matched']);

/**
 * Matching on the dossier page: how many helpers are near (already before the fee), then the
 * suggested helpers with their reasons and a map, the proposals sent and who helps now.
 */
export function MatchingSection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const name = dossier.who.first_name;
  const mayAct =
    MATCHING.has(dossier.status) &&
    (dossier.my_role === 'manager' || dossier.my_rights.includes('manage'));
  const near = useHelpersNear(dossier.id, dossier.who.located && dossier.status !== 'closed');
  const proposals = useDossierProposals(dossier.id);
  const engagements = useDossierEngagements(dossier.id);
  const proposalAction = useProposalAction(dossier.id);
  const engagementAction = useEngagementAction(dossier.id);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="dossier-matching">
        <Title id="dossier-matching" order={2} size="h4" mb="xs">
          {t('matching.section.title')}
        </Title>
        {near.data ? (
          <Text fw={700} size="lg" data-testid="helpers-near">
            {near.data.more
              ? t('matching.near.more', { count: near.data.count, name })
              : near.data.count > 0
                ? t('matching.near.count', { count: near.data.count, name })
                : t('matching.near.none', { name })}
          </Text>
        ) : null}
        <Text size="sm" c="dark.5" mb="sm">
          {t('matching.near.lead', { name })}
        </Text>
        {MATCHING.has(dossier.status) ? (
          <Suggestions dossier={dossier} mayAct={mayAct} />
        ) : (
          <Text c="dark.5">
            {dossier.status === 'paused'
              ? t('matching.section.paused')
              : dossier.status === 'closed'
                ? t('matching.section.closed')
                : t('matching.section.beforeSubmit')}
          </Text>
        )}
      </Card>
      {proposals.data && (proposals.data.length > 0 || mayAct) ? (
        <ProposalsCard
          proposals={proposals.data}
          onAction={
            mayAct
              ? (proposal, action, reason) =>
                  proposalAction.mutateAsync({ proposal, action, reason })
              : undefined
          }
          pending={proposalAction.isPending}
          error={proposalAction.error}
        />
      ) : null}
      {engagements.data ? (
        <EngagementsCard
          engagements={engagements.data}
          onAction={
            mayAct
              ? (engagement, action, reason) =>
                  engagementAction.mutateAsync({ engagement, action, reason })
              : undefined
          }
          pending={engagementAction.isPending}
          error={engagementAction.error}
        />
      ) : null}
    </Stack>
  );
}

function Suggestions({ dossier, mayAct }: { dossier: Dossier; mayAct: boolean }) {
  const { t } = useTranslation();
  const name = dossier.who.first_name;
  const suggestions = useSuggestions(dossier.id, true);
  const send = useSendProposal(dossier.id);
  const [proposing, setProposing] = useState<Suggestion | null>(null);
  if (suggestions.isPending) return <LoadingState label={t('matching.suggestions.loading')} />;
  if (suggestions.isError) {
    return <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />;
  }
  const { origin, items } = suggestions.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="dossier-suggestions">
      <div>
        <Title id="dossier-suggestions" order={3} size="h5">
          {t('matching.suggestions.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('matching.suggestions.lead', { name })}
        </Text>
      </div>
      {items.length === 0 ? (
        <Text c="dark.5">{t('matching.suggestions.none')}</Text>
      ) : (
        <>
          <PeopleFigure
            origin={{ ...origin, name }}
            others={items.map((item, index) => ({
              id: item.helper_id,
              latitude: item.latitude,
              longitude: item.longitude,
              name: `${index + 1} ${item.first_name}`,
            }))}
            summary={t('matching.suggestions.mapSummary', { name })}
          />
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item, index) => (
              <li key={item.helper_id}>
                <SuggestionCard
                  rank={index + 1}
                  suggestion={item}
                  onPropose={mayAct ? setProposing : undefined}
                />
              </li>
            ))}
          </Stack>
        </>
      )}
      {proposing ? (
        <ProposalDialog
          dossier={dossier}
          suggestion={proposing}
          sending={send.isPending}
          error={send.error}
          onSend={(body) =>
            send.mutate(body, {
              onSuccess: () => {
                setProposing(null);
                send.reset();
              },
            })
          }
          onClose={() => {
            setProposing(null);
            send.reset();
          }}
        />
      ) : null}
    </Stack>
  );
}
