import { ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import {
  DAY_PARTS,
  useAnswers,
  useCallout,
  useCloseCallout,
  useExportAnswers,
  type AnswerFilters,
  type AnswerRow,
  type CalloutRead,
} from './api';
import { CalloutStatusBadge } from './CalloutStatusBadge';
import { CALLOUT_PATHS } from './paths';

/** One callout: what it asks, closing it, and its answers (filtered, exported). */
export default function CalloutPage() {
  return (
    <RequireMember>
      <Callout />
    </RequireMember>
  );
}

function Callout() {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useActiveMember();
  const { calloutId = '' } = useParams();
  const callout = useCallout(organisationId, calloutId);
  const close = useCloseCallout(organisationId, calloutId);
  if (callout.isPending) return <LoadingState />;
  if (callout.isError)
    return <ErrorState error={callout.error} onRetry={() => void callout.refetch()} />;
  const read = callout.data;
  return (
    <Stack maw={1200} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={read.title}
        crumbs={[{ label: t('callouts.list.title'), to: CALLOUT_PATHS.list }]}
        actions={
          read.status === 'open' ? (
            <Button variant="default" loading={close.isPending} onClick={() => close.mutate()}>
              {t('callouts.callout.close')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Group gap="xs">
            <CalloutStatusBadge status={read.status} />
            <Text size="sm">
              {t('callouts.callout.endsOn', { date: format.day(read.ends_on) })}
            </Text>
          </Group>
          <Text size="sm" c="dark.5">
            {read.neighbourhoods.map((n) => n.name).join(', ')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{read.body}</Text>
        </Stack>
      </Card>
      {close.isError ? (
        <Alert color="red" role="alert">
          {close.error.message}
        </Alert>
      ) : null}
      <Answers callout={read} />
    </Stack>
  );
}

function Answers({ callout }: { callout: CalloutRead }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { organisationId } = useActiveMember();
  const [filters, setFilters] = useState<AnswerFilters>({});
  const answers = useAnswers(organisationId, callout.id, filters);
  const download = useExportAnswers(organisationId, callout.id);
  const set = (key: keyof AnswerFilters, value: string) =>
    setFilters((current) => ({ ...current, [key]: value || undefined }));
  const question = callout.questions.find((q) => q.id === filters.question_id);
  const valueOptions =
    question?.kind === 'choice'
      ? (question.choices ?? [])
      : question?.kind === 'yes_no'
        ? ['true', 'false']
        : [];

  return (
    <Stack gap="md" component="section" aria-labelledby="answers-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="answers-heading" fz="xl">
          {t('callouts.answers.title', { count: callout.answer_count })}
        </Title>
        <Group gap="xs">
          {(['csv', 'xlsx'] as const).map((fileFormat) => (
            <Button
              key={fileFormat}
              variant="default"
              loading={download.isPending && download.variables === fileFormat}
              onClick={() => download.mutate(fileFormat)}
            >
              {t(`callouts.answers.export.${fileFormat}`)}
            </Button>
          ))}
        </Group>
      </Group>
      {download.isError ? (
        <Alert color="red" role="alert">
          {download.error.message}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput
          id="answers-q"
          label={t('callouts.answers.search')}
          value={filters.q ?? ''}
          onChange={(event) => set('q', event.currentTarget.value)}
          maxLength={100}
        />
        <NativeSelect
          id="answers-neighbourhood"
          label={t('callouts.answers.neighbourhood')}
          value={filters.neighbourhood_id ?? ''}
          onChange={(event) => set('neighbourhood_id', event.currentTarget.value)}
          data={[
            { value: '', label: t('callouts.answers.all') },
            ...callout.neighbourhoods.map((n) => ({ value: n.id, label: n.name })),
          ]}
        />
        {callout.asks_availability ? (
          <NativeSelect
            id="answers-day-part"
            label={t('callouts.answers.dayPart')}
            value={filters.day_part ?? ''}
            onChange={(event) => set('day_part', event.currentTarget.value)}
            data={[
              { value: '', label: t('callouts.answers.all') },
              ...DAY_PARTS.map((value) => ({ value, label: t(`callouts.dayParts.${value}`) })),
            ]}
          />
        ) : null}
        {callout.questions.length > 0 ? (
          <NativeSelect
            id="answers-question"
            label={t('callouts.answers.question')}
            value={filters.question_id ?? ''}
            onChange={(event) =>
              setFilters((current) => ({
                ...current,
                question_id: event.currentTarget.value || undefined,
                value: undefined,
              }))
            }
            data={[
              { value: '', label: t('callouts.answers.all') },
              ...callout.questions.map((q) => ({ value: q.id, label: q.label })),
            ]}
          />
        ) : null}
        {question && question.kind !== 'text' ? (
          <NativeSelect
            id="answers-value"
            label={t('callouts.answers.value')}
            value={filters.value ?? ''}
            onChange={(event) => set('value', event.currentTarget.value)}
            data={[
              { value: '', label: t('callouts.answers.anyValue') },
              ...valueOptions.map((value) => ({ value, label: shown(value, t) })),
            ]}
          />
        ) : question ? (
          <TextInput
            id="answers-value"
            label={t('callouts.answers.value')}
            value={filters.value ?? ''}
            onChange={(event) => set('value', event.currentTarget.value)}
            maxLength={200}
          />
        ) : null}
      </SimpleGrid>
      {answers.isPending ? (
        <LoadingState />
      ) : answers.isError ? (
        <ErrorState error={answers.error} onRetry={() => void answers.refetch()} />
      ) : answers.data.items.length === 0 ? (
        <Text>{t('callouts.answers.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {callout.asks_name ? <Table.Th>{t('callouts.answers.name')}</Table.Th> : null}
                {callout.asks_email ? <Table.Th>{t('callouts.answers.email')}</Table.Th> : null}
                <Table.Th>{t('callouts.answers.neighbourhood')}</Table.Th>
                {callout.asks_availability ? (
                  <Table.Th>{t('callouts.answers.availability')}</Table.Th>
                ) : null}
                {callout.questions.map((q) => (
                  <Table.Th key={q.id}>{q.label}</Table.Th>
                ))}
                <Table.Th>{t('callouts.answers.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answers.data.items.map((row: AnswerRow) => (
                <Table.Tr key={row.id}>
                  {callout.asks_name ? <Table.Td>{row.name}</Table.Td> : null}
                  {callout.asks_email ? <Table.Td>{row.email}</Table.Td> : null}
                  <Table.Td>{row.neighbourhood_name}</Table.Td>
                  {callout.asks_availability ? (
                    <Table.Td>
                      {row.availability.map((p) => t(`callouts.dayParts.${p}`)).join(', ')}
                    </Table.Td>
                  ) : null}
                  {callout.questions.map((q) => {
                    const value = row.answers[q.id];
                    return (
                      <Table.Td key={q.id}>
                        {value === undefined || value === null ? '' : shown(String(value), t)}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>{format.dateTime(row.updated_at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function shown(value: string, t: (key: string) => string): string {
  if (value === 'true') return t('callouts.answers.yes');
  if (value === 'false') return t('callouts.answers.no');
  return value;
}
