import { errorMessage, ErrorState, LoadingState, useFormat } from '@kring/common';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDossierStatements, useDownloadStatement, type StatementSummary } from '../api/hours';
import { useHoursFormat } from './hoursFormat';

/** Per helper, the months with approved hours, each a PDF to download. */
export function Statements({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = useHoursFormat();
  const statements = useDossierStatements(dossierId);
  const download = useDownloadStatement();
  const fetching = download.isPending ? download.variables : undefined;
  const byEngagement = new Map<string, StatementSummary[]>();
  for (const statement of statements.data ?? []) {
    const months = byEngagement.get(statement.engagement_id) ?? [];
    months.push(statement);
    byEngagement.set(statement.engagement_id, months);
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="hours-statements">
      <div>
        <Title id="hours-statements" order={3} size="h5">
          {t('hours.statements.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('hours.statements.lead')}
        </Text>
      </div>
      {statements.isPending ? (
        <LoadingState />
      ) : statements.isError ? (
        <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
      ) : byEngagement.size === 0 ? (
        <Text c="dark.5">{t('hours.statements.none')}</Text>
      ) : (
        [...byEngagement.entries()].map(([engagementId, months]) => {
          const helper = months[0]?.helper_first_name ?? '';
          const headingId = `hours-statements-${engagementId}`;
          return (
            <Stack key={engagementId} gap={6} component="section" aria-labelledby={headingId}>
              <Text id={headingId} fw={700}>
                {helper}
              </Text>
              <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
                {months.map((statement) => {
                  const busy =
                    fetching?.engagementId === statement.engagement_id &&
                    fetching.month === statement.month;
                  return (
                    <Group
                      key={statement.month}
                      component="li"
                      gap="sm"
                      justify="space-between"
                      wrap="wrap"
                    >
                      <div>
                        <Text fw={600}>{hours.month(statement.month)}</Text>
                        <Text size="sm" c="dark.5">
                          {[
                            t('hours.statements.days', { count: statement.days }),
                            hours.hours(statement.minutes),
                            statement.amount_cents === null
                              ? null
                              : format.money(statement.amount_cents),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </div>
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy}
                        disabled={download.isPending && !busy}
                        aria-label={t('hours.statements.downloadLabel', {
                          helper,
                          month: hours.month(statement.month),
                        })}
                        onClick={() =>
                          download.mutate({
                            engagementId: statement.engagement_id,
                            month: statement.month,
                          })
                        }
                      >
                        {t('hours.statements.download')}
                      </Button>
                    </Group>
                  );
                })}
              </Stack>
            </Stack>
          );
        })
      )}
      <div aria-live="polite">
        {fetching ? (
          <Text size="sm" data-testid="statement-progress">
            {t('hours.statements.downloading', { month: hours.month(fetching.month) })}
          </Text>
        ) : download.isError ? (
          <Alert color="kringClay" variant="light">
            {errorMessage(download.error, t)}
          </Alert>
        ) : download.isSuccess ? (
          <Text size="sm">{t('hours.statements.downloaded', { name: download.data })}</Text>
        ) : null}
      </div>
    </Stack>
  );
}
