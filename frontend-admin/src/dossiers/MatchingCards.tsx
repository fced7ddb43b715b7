import { StatusBadge } from '@kring/common';
import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Box, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStaffDossierEngagements, useStaffDossierProposals } from '../api/dossiers';
import { SectionCard } from '../components/SectionCard';

const OPEN = new Set(['sent', 'other_moment', 'accepted', 'confirmed']);

/** The proposals sent for the dossier and where each stands (staff read them, audited). */
export function ProposalsCard({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const proposals = useStaffDossierProposals(dossierId);
  return (
    <SectionCard id="dossier-proposals" title={t('dossiers.matching.proposals')} gap="sm">
      {proposals.isPending ? (
        <LoadingState />
      ) : proposals.isError ? (
        <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : proposals.data.length === 0 ? (
        <Text c="dark.5">{t('dossiers.matching.noProposals')}</Text>
      ) : (
        <Box
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={t('dossiers.matching.proposals')}
        >
          <Table miw={560} striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dossiers.matching.helper')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.matching.status')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.matching.sent')}</Table.Th>
                <Table.Th scope="col">{t('dossiers.matching.answered')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposals.data.map((proposal) => (
                <Table.Tr key={proposal.id}>
                  <Table.Td>{proposal.helper.first_name}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={OPEN.has(proposal.status) ? 'blue' : 'gray'}>
                      {t(`dossiers.matching.proposalStatus.${proposal.status}`)}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td>{format.dateTime(proposal.created_at)}</Table.Td>
                  <Table.Td>
                    {proposal.answered_at ? format.dateTime(proposal.answered_at) : '–'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </SectionCard>
  );
}

/** Who helps the help seeker, since when, and how it ended (staff read them, audited). */
export function EngagementsCard({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const engagements = useStaffDossierEngagements(dossierId);
  return (
    <SectionCard id="dossier-engagements" title={t('dossiers.matching.engagements')} gap="sm">
      {engagements.isPending ? (
        <LoadingState />
      ) : engagements.isError ? (
        <ErrorState error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : engagements.data.length === 0 ? (
        <Text c="dark.5">{t('dossiers.matching.noEngagements')}</Text>
      ) : (
        engagements.data.map((engagement) => (
          <Text key={engagement.id}>
            {t(`dossiers.matching.engagement.${engagement.status}`, {
              // A helper who signed up with a first name only has no last name.
              name: [engagement.helper.first_name, engagement.helper.last_name]
                .filter(Boolean)
                .join(' '),
              since: format.date(engagement.started_at),
              reason: engagement.end_reason ?? engagement.pause_reason ?? '–',
            })}
          </Text>
        ))
      )}
    </SectionCard>
  );
}
