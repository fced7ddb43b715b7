import {
  EmptyState,
  ErrorState,
  errorMessage,
  INTL_LOCALES,
  LoadingState,
  toLanguage,
  useFormat,
} from '@kring/common';
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadStatement, useMyStatements, type Statement } from '../api/hours';
import { formatDuration } from './duration';

/** "november 2026" from `2026-11`, in the UI language. */
export function monthLabel(month: string, language: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[toLanguage(language)], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/**
 * My monthly statements: per month and engagement the approved days and hours, and the amount
 * when I am paid per hour (volunteers see hours only), each as a PDF to download.
 */
export function Statements() {
  const { t } = useTranslation();
  const statements = useMyStatements();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="hours-statements">
      <Stack gap="md">
        <Stack gap={4}>
          <Title id="hours-statements" order={2} size="h3">
            {t('hours.statements.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {t('hours.statements.lead')}
          </Text>
        </Stack>
        {statements.isPending ? (
          <LoadingState />
        ) : statements.isError ? (
          <ErrorState error={statements.error} onRetry={() => void statements.refetch()} />
        ) : statements.data.length === 0 ? (
          <EmptyState
            title={t('hours.statements.emptyTitle')}
            description={t('hours.statements.empty')}
          />
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {statements.data.map((statement) => (
              <li key={`${statement.engagement_id}-${statement.month}`}>
                <StatementRow statement={statement} />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function StatementRow({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const download = useDownloadStatement();
  const [progress, setProgress] = useState(0);
  const month = monthLabel(statement.month, i18n.language);
  const title = t('hours.statements.row', { month, name: statement.help_seeker_first_name });
  const percent = Math.round(progress * 100);
  const titleId = `statement-${statement.engagement_id}-${statement.month}`;
  return (
    <Card withBorder padding="sm" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm" wrap="wrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={700} id={titleId}>
              {title}
            </Text>
            <Text size="sm">
              {[
                t('hours.statements.days', { count: statement.days }),
                formatDuration(t, statement.minutes),
                ...(statement.amount_cents !== null ? [format.money(statement.amount_cents)] : []),
              ].join(' · ')}
            </Text>
          </Stack>
          <Button
            variant="default"
            disabled={download.isPending}
            aria-describedby={titleId}
            onClick={() => {
              setProgress(0);
              download.mutate({ statement, onProgress: setProgress });
            }}
          >
            {download.isPending
              ? t('hours.statements.downloading', { percent })
              : t('hours.statements.download')}
          </Button>
        </Group>
        {download.isPending ? (
          <Progress
            value={percent}
            size="sm"
            aria-label={t('hours.statements.progress', { title })}
            animated
          />
        ) : null}
        {download.isError ? (
          <Alert color="kringClay" variant="light" role="alert">
            {errorMessage(download.error, t)}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
