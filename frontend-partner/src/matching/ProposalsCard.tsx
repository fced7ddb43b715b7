import { useFormat } from '@kring/common';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalAction } from '../api/matching';
import { ReasonDialog } from '../dossiers/dialogParts';
import { ProposalStatusBadge } from './proposalStatus';

export interface ProposalsCardProps {
  proposals: readonly Proposal[];
  /** Absent for a reader who may not act on proposals. */
  onAction?: (proposal: Proposal, action: ProposalAction, reason: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}

/** What each proposal's state lets the partner do now. */
function actionsFor(proposal: Proposal): ProposalAction[] {
  switch (proposal.status) {
    case 'sent':
      return ['withdraw'];
    case 'other_moment':
    case 'accepted':
      return proposal.partner_confirmed_at ? ['end'] : ['confirm', 'end'];
    default:
      return [];
  }
}

/** The proposals sent for this dossier, newest first, with where each stands. */
export function ProposalsCard({ proposals, onAction, pending, error }: ProposalsCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState<{ proposal: Proposal; action: ProposalAction } | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-proposals">
      <Title id="dossier-proposals" order={2} size="h4" mb="sm">
        {t('matching.proposals.title')}
      </Title>
      {proposals.length === 0 ? (
        <Text c="dark.5">{t('matching.proposals.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <Card withBorder padding="sm" radius="md">
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700}>{proposal.helper.first_name}</Text>
                    <ProposalStatusBadge status={proposal.status} />
                  </Group>
                  <Text size="sm" c="dark.5">
                    {t('matching.proposals.sent', {
                      date: format.dateTime(proposal.created_at),
                      name: proposal.sent_by_name ?? '–',
                    })}
                  </Text>
                  <Text size="sm">{describe(proposal, t, format.dateTime, format.date)}</Text>
                  {proposal.decline_reason ? (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {t('matching.proposals.declineReason', { reason: proposal.decline_reason })}
                    </Text>
                  ) : null}
                  {onAction && actionsFor(proposal).length > 0 ? (
                    <Group gap="xs" mt={4}>
                      {actionsFor(proposal).map((action) => (
                        <Button
                          key={action}
                          size="xs"
                          variant={action === 'confirm' ? 'filled' : 'default'}
                          color={action === 'confirm' ? 'kringClay.7' : undefined}
                          onClick={() => setAsking({ proposal, action })}
                        >
                          {t(`matching.proposals.actions.${action}.button`)}
                        </Button>
                      ))}
                    </Group>
                  ) : null}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
      {asking && onAction ? (
        <ReasonDialog
          id="proposal-reason"
          title={t(`matching.proposals.actions.${asking.action}.title`, {
            name: asking.proposal.helper.first_name,
          })}
          what={t(`matching.proposals.actions.${asking.action}.what`, {
            name: asking.proposal.helper.first_name,
          })}
          reason={asking.action === 'end' ? 'required' : 'none'}
          reasonRequired={t('matching.reasonRequired', { name: asking.proposal.helper.first_name })}
          confirmLabel={t(`matching.proposals.actions.${asking.action}.confirm`)}
          danger={asking.action !== 'confirm'}
          pending={pending}
          error={error}
          onConfirm={(reason) =>
            void onAction(asking.proposal, asking.action, reason).then(() => setAsking(null))
          }
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Card>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** Where the proposal stands, in a sentence. */
function describe(
  proposal: Proposal,
  t: Translate,
  dateTime: (value: string) => string,
  date: (value: string) => string,
): string {
  const name = proposal.helper.first_name;
  switch (proposal.status) {
    case 'sent':
      return t('matching.proposals.waiting', { name, date: date(proposal.expires_at) });
    case 'other_moment':
      return t('matching.proposals.otherMoment', {
        name,
        moment: dateTime(proposal.counter_meeting_at ?? proposal.created_at),
      });
    case 'accepted':
      return proposal.meeting_at
        ? t('matching.proposals.acceptedAt', { name, moment: dateTime(proposal.meeting_at) })
        : t('matching.proposals.acceptedToAgree', { name });
    case 'confirmed':
      return t('matching.proposals.confirmed', { name });
    case 'ended':
      return t('matching.proposals.ended', { reason: proposal.end_reason ?? '–' });
    default:
      return t(`matching.proposals.closed.${proposal.status}`, { name });
  }
}
