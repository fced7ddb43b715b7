import { ErrorState, LoadingState, useFormat } from '@kring/common';
import { Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessLog, type AccessLogEntry } from '../api/dossiers';

/**
 * Who looked at or changed the dossier: who, in which role, what, when and from where; the
 * help seeker and the manager both see it. Newest first, a page at a time.
 */
export function AccessLogCard({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors.at(-1) ?? null;
  const log = useAccessLog(dossierId, cursor);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="dossier-access-log">
      <Title id="dossier-access-log" order={2} size="h4" mb={4}>
        {t('dossiers.page.accessLog.title')}
      </Title>
      <Text size="sm" c="dark.5" mb="md">
        {t('dossiers.page.accessLog.lead')}
      </Text>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <Text c="dark.5">{t('dossiers.page.accessLog.empty')}</Text>
      ) : (
        <Stack gap="sm">
          {/* Wider than a phone: the table scrolls sideways, by keyboard too. */}
          <Box
            role="region"
            aria-label={t('dossiers.page.accessLog.scroll')}
            tabIndex={0}
            style={{ overflowX: 'auto' }}
          >
            <Table
              miw={560}
              striped
              verticalSpacing="xs"
              fz="sm"
              aria-labelledby="dossier-access-log"
              data-testid="access-log"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dossiers.page.accessLog.who')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.page.accessLog.role')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.page.accessLog.what')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.page.accessLog.when')}</Table.Th>
                  <Table.Th scope="col">{t('dossiers.page.accessLog.where')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.items.map((entry, index) => (
                  <Row key={`${entry.at}-${index}`} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <Group justify="space-between">
            {cursors.length > 1 ? (
              <Button variant="default" size="sm" onClick={() => setCursors([null])}>
                {t('dossiers.page.accessLog.newest')}
              </Button>
            ) : (
              <span />
            )}
            {log.data.next_cursor ? (
              <Button
                variant="default"
                size="sm"
                onClick={() => setCursors([...cursors, log.data.next_cursor])}
              >
                {t('dossiers.page.accessLog.older')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

function Row({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = entry.action.replace(/^dossier\./, '');
  return (
    <Table.Tr>
      <Table.Td>{entry.who_name ?? t('dossiers.page.accessLog.kring')}</Table.Td>
      <Table.Td>{t(`dossiers.page.accessLog.roles.${entry.who_role}`, entry.who_role)}</Table.Td>
      <Table.Td>{t(`dossiers.page.accessLog.actions.${action}`, entry.action)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.moment(entry.at)}</Table.Td>
      <Table.Td>{entry.ip ?? '–'}</Table.Td>
    </Table.Tr>
  );
}
