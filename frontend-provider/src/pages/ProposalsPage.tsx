import { EmptyState, ErrorState, LoadingState, RequireLogin, useFormat } from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyProposals } from '../api/proposals';
import { PageHeader } from '../home/PageHeader';
import { PROVIDER_PATHS, proposalPath } from '../home/paths';
import { ProposalStatusBadge } from '../proposals/ProposalStatusBadge';

/** The proposals partners sent me as a helper: who needs help, where, and where each stands. */
export default function ProposalsPage() {
  return (
    <RequireLogin>
      <Inbox />
    </RequireLogin>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const proposals = useMyProposals(cursors.at(-1) ?? null);
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('proposals.inbox.title')}
        lead={t('proposals.inbox.lead')}
        actions={
          <Button component={Link} to={PROVIDER_PATHS.engagements} variant="default">
            {t('proposals.inbox.toEngagements')}
          </Button>
        }
      />
      {proposals.isPending ? (
        <LoadingState />
      ) : proposals.isError ? (
        <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : proposals.data.items.length === 0 ? (
        <EmptyState
          title={t('proposals.inbox.emptyTitle')}
          description={t('proposals.inbox.empty')}
        />
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {proposals.data.items.map((proposal) => (
            <li key={proposal.id}>
              <Card withBorder padding="md" radius="md">
                <Stack gap={4}>
                  <Group gap="xs" wrap="wrap">
                    <Anchor component={Link} to={proposalPath(proposal.id)} fw={700}>
                      {t('proposals.inbox.for', {
                        name: proposal.help_seeker_first_name,
                        city: proposal.city,
                      })}
                    </Anchor>
                    <ProposalStatusBadge status={proposal.status} />
                  </Group>
                  <Text size="sm" c="dark.5">
                    {t('proposals.inbox.from', {
                      name: proposal.sent_by_name ?? '–',
                      date: format.dateTime(proposal.created_at),
                    })}
                  </Text>
                  {proposal.status === 'sent' ? (
                    <Text size="sm" fw={600}>
                      {t('proposals.inbox.answerBy', {
                        date: format.deadline(proposal.expires_at),
                      })}
                    </Text>
                  ) : null}
                  <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {proposal.message}
                  </Text>
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
      <Group justify="space-between">
        {cursors.length > 1 ? (
          <Button variant="default" onClick={() => setCursors([null])}>
            {t('proposals.inbox.newest')}
          </Button>
        ) : (
          <span />
        )}
        {proposals.data?.next_cursor ? (
          <Button
            variant="default"
            onClick={() => setCursors([...cursors, proposals.data.next_cursor])}
          >
            {t('proposals.inbox.older')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
