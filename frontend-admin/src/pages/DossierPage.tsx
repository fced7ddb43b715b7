import {
  ErrorState,
  LoadingState,
  PageHeader,
  useFormat,
  type DayPart,
  type Weekday,
} from '@kring/common';
import { Anchor, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useStaffDossier, useStaffDossierAccessLog, type Dossier } from '../api/dossiers';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { DossierStatusBadge } from '../dossiers/DossierStatusBadge';
import { EngagementsCard, ProposalsCard } from '../dossiers/MatchingCards';
import { HoursCard } from '../hours/HoursCard';
import { ADMIN_PATHS, DOSSIER_PATHS } from '../paths';

/** One dossier, read only: the help seeker, the help, the times, the history, who looked. */
export default function DossierPage() {
  return (
    <RequireStaff task="view_dossiers">
      <DossierView />
    </RequireStaff>
  );
}

function DossierView() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const dossier = useStaffDossier(dossierId);
  if (dossier.isPending) return <LoadingState />;
  if (dossier.isError) {
    return <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />;
  }
  const shown = dossier.data;
  const name = [shown.who.first_name, shown.who.name_prefix, shown.who.last_name]
    .filter(Boolean)
    .join(' ');
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={name || t('dossiers.unnamed')}
        lead={t('dossiers.page.lead', { manager: shown.manager.name })}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('dossiers.title'), to: DOSSIER_PATHS.list },
        ]}
        actions={<DossierStatusBadge status={shown.status} />}
      />
      <Text size="sm" c="dark.5">
        {t('dossiers.page.logged')}
      </Text>
      <Who dossier={shown} />
      <Help dossier={shown} />
      <History dossier={shown} />
      <ProposalsCard dossierId={shown.id} />
      <EngagementsCard dossierId={shown.id} />
      <HoursCard dossierId={shown.id} />
      <AccessLog dossierId={shown.id} />
    </Stack>
  );
}

function Who({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { who } = dossier;
  const address = who.address;
  return (
    <SectionCard id="dossier-who" title={t('dossiers.page.who')} gap="sm">
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem label={t('dossiers.fields.birthYear')}>{who.birth_year || '–'}</DetailItem>
        <DetailItem label={t('dossiers.fields.address')}>
          {address
            ? `${address.street} ${address.house_number}${address.house_number_addition ? ` ${address.house_number_addition}` : ''}, ${address.postcode} ${address.city}`
            : '–'}
        </DetailItem>
        <DetailItem label={t('dossiers.fields.phone')}>
          {who.phone ? format.phone(who.phone) : '–'}
        </DetailItem>
        <DetailItem label={t('dossiers.fields.email')}>
          {who.email ? <Anchor href={`mailto:${who.email}`}>{who.email}</Anchor> : '–'}
        </DetailItem>
        <DetailItem label={t('dossiers.fields.languages')}>
          {who.languages.length > 0 ? who.languages.join(', ').toUpperCase() : '–'}
        </DetailItem>
        <DetailItem label={t('dossiers.fields.manager')}>{dossier.manager.name}</DetailItem>
        <DetailItem label={t('dossiers.fields.paid')}>
          {dossier.paid ? t('dossiers.fields.yes') : t('dossiers.fields.no')}
        </DetailItem>
      </Stack>
    </SectionCard>
  );
}

function Help({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { help, when } = dossier;
  return (
    <SectionCard id="dossier-help" title={t('dossiers.page.help')} gap="sm">
      {help.skills.length > 0 ? (
        <List spacing={2} size="sm">
          {help.skills.map((skill) => (
            <List.Item key={skill.id}>{skill.name}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{t('dossiers.page.noSkills')}</Text>
      )}
      {help.text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {help.text}
        </Text>
      ) : null}
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem label={t('dossiers.fields.when')}>
          {Object.entries(when.day_parts)
            .map(
              ([day, parts]) =>
                `${format.weekday(day as Weekday)}: ${parts
                  .map((part) => format.dayPart(part as DayPart))
                  .join(', ')}`,
            )
            .join(' · ') || '–'}
        </DetailItem>
        <DetailItem label={t('dossiers.fields.startsOn')}>
          {when.starts_on ? format.day(when.starts_on) : '–'}
        </DetailItem>
      </Stack>
    </SectionCard>
  );
}

function History({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionCard id="dossier-history" title={t('dossiers.page.history')} gap="sm">
      <List spacing={4} size="sm">
        {dossier.history.map((change) => (
          <List.Item key={`${change.at}-${change.to_status}`}>
            {t('dossiers.page.change', {
              when: format.dateTime(change.at),
              status: t(`dossiers.status.${change.to_status}`),
              who: change.by_name ?? t('dossiers.page.system'),
            })}
            {change.reason ? ` (${change.reason})` : ''}
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
}

/** Who read or changed the dossier (NEN 7513); its own pages, newest first. */
function AccessLog({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [cursor, setCursor] = useState<string | null>(null);
  const log = useStaffDossierAccessLog(dossierId, cursor);
  return (
    <SectionCard
      id="dossier-access-log"
      title={t('dossiers.page.accessLog')}
      lead={t('dossiers.page.accessLogLead')}
      gap="sm"
    >
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={0}>
            <Table aria-labelledby="dossier-access-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dossiers.log.when')}</Table.Th>
                  <Table.Th>{t('dossiers.log.who')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('dossiers.log.from')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.items.map((entry, index) => (
                  <Table.Tr key={`${entry.at}-${index}`}>
                    <Table.Td>
                      <Text size="sm">{format.moment(entry.at)}</Text>
                      <Text size="xs" c="dark.5">
                        {t(`dossiers.log.actions.${entry.action.replace('dossier.', '')}`, {
                          defaultValue: entry.action,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{entry.who_name ?? t('dossiers.page.system')}</Text>
                      <Text size="xs" c="dark.5">
                        {t(`dossiers.log.roles.${entry.who_role}`, {
                          defaultValue: entry.who_role,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <Text size="sm">{entry.ip ?? '–'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="sm" justify="space-between">
            {cursor ? (
              <Anchor component="button" type="button" onClick={() => setCursor(null)}>
                {t('people.pages.first')}
              </Anchor>
            ) : (
              <span />
            )}
            {log.data.next_cursor ? (
              <Button variant="light" onClick={() => setCursor(log.data.next_cursor)}>
                {t('people.pages.next')}
              </Button>
            ) : null}
          </Group>
        </>
      )}
    </SectionCard>
  );
}
