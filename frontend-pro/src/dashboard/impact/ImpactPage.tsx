import { isApiProblem } from '@kring/client';
import { ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import {
  Box,
  Button,
  Card,
  Group,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireMember, useActiveMember } from '../../members/ActiveMember';
import { PRO_PATHS } from '../../paths';
import {
  useExportImpact,
  useImpact,
  useServedNeighbourhoods,
  type Impact,
  type ImpactQuery,
  type PeopleFigures,
} from './api';

/**
 * "Impact": for a municipality or social service, the figures of the neighbourhoods it serves
 * over a period (the last 12 months unless chosen): totals, a chart per neighbourhood and per
 * month, a table per neighbourhood and per skill, and the CSV export.
 */
export default function ImpactPage() {
  return (
    <RequireMember>
      <ImpactDashboard />
    </RequireMember>
  );
}

const EMPTY: ImpactQuery = { from: '', to: '', neighbourhoodId: '' };

function ImpactDashboard() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const [query, setQuery] = useState<ImpactQuery>(EMPTY);
  const figures = useImpact(organisationId, query);
  return (
    <Stack maw={1040} mx="auto" gap="xl" py={{ base: 0, sm: 'lg' }} w="100%">
      <PageHeader
        title={t('impact.title')}
        lead={t('impact.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: PRO_PATHS.home }]}
      />
      <PeriodForm organisationId={organisationId} query={query} onChange={setQuery} />
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        isApiProblem(figures.error) && figures.error.errors.length > 0 ? (
          // A period the API refuses (the wrong way round, too long): say what to change.
          <Text c="red" role="alert">
            {figures.error.errors.map((error) => error.message).join(' ')}
          </Text>
        ) : (
          <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
        )
      ) : (
        <Figures impact={figures.data} />
      )}
    </Stack>
  );
}

function PeriodForm({
  organisationId,
  query,
  onChange,
}: {
  organisationId: string;
  query: ImpactQuery;
  onChange: (query: ImpactQuery) => void;
}) {
  const { t } = useTranslation();
  const served = useServedNeighbourhoods(organisationId);
  const exporting = useExportImpact(organisationId);
  const [draft, setDraft] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('impact.period.label')}>
      <Group align="flex-end" wrap="wrap" gap="md">
        <TextInput
          type="date"
          label={t('impact.period.from')}
          value={draft.from}
          onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('impact.period.to')}
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('impact.period.neighbourhood')}
          value={draft.neighbourhoodId}
          onChange={(event) => setDraft({ ...draft, neighbourhoodId: event.currentTarget.value })}
          data={[
            { value: '', label: t('impact.period.allNeighbourhoods') },
            ...(served.data ?? []).map((n) => ({ value: n.id, label: n.name })),
          ]}
        />
        <Button type="submit">{t('impact.period.show')}</Button>
        <Button
          variant="default"
          loading={exporting.isPending}
          onClick={() => exporting.mutate(query)}
        >
          {t('impact.export')}
        </Button>
      </Group>
      {exporting.isError && (
        <Text c="red" mt="sm" role="alert">
          {t('impact.exportFailed')}
        </Text>
      )}
    </Card>
  );
}

function Figures({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = impact.totals;
  return (
    <Stack gap="xl">
      <Text data-testid="impact-period">
        {t('impact.periodShown', {
          from: format.day(impact.period.from),
          to: format.day(impact.period.to),
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="impact-totals">
        <Stat label={t('impact.figures.helpRequests')} value={String(totals.help_requests)} />
        <Stat
          label={t('impact.figures.solvedShare')}
          value={share(format, totals.solved_by_neighbour_share)}
        />
        <Stat
          label={t('impact.figures.firstReply')}
          value={hours(format, totals.median_hours_to_first_reply)}
        />
        <Stat label={t('impact.figures.unanswered')} value={String(totals.unanswered_after_48h)} />
        <Stat
          label={t('impact.figures.solved')}
          value={hours(format, totals.median_hours_to_solved)}
        />
        <Stat label={t('impact.figures.volunteers')} value={String(totals.volunteers)} />
        <Stat label={t('impact.figures.residents')} value={String(totals.residents)} />
      </SimpleGrid>
      <BarChart
        title={t('impact.charts.byNeighbourhood')}
        rows={impact.by_neighbourhood.map((n) => ({
          key: n.neighbourhood_id,
          label: n.name,
          ...n,
        }))}
      />
      <MonthChart impact={impact} />
      <FiguresTable
        title={t('impact.tables.byNeighbourhood')}
        nameHeader={t('impact.figures.neighbourhood')}
        rows={impact.by_neighbourhood.map((n) => ({
          key: n.neighbourhood_id,
          label: n.name,
          ...n,
        }))}
      />
      <FiguresTable
        title={t('impact.tables.bySkill')}
        nameHeader={t('impact.figures.skill')}
        rows={impact.by_skill.map((s) => ({ key: s.skill_id, label: s.name, ...s }))}
      />
    </Stack>
  );
}

type Format = ReturnType<typeof useFormat>;

function share(format: Format, value: number | null): string {
  return value === null ? '–' : format.percent(value);
}

function hours(format: Format, value: number | null): string {
  return value === null ? '–' : format.number(value, 1);
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

interface Row extends PeopleFigures {
  key: string;
  label: string;
}

/** Help requests and those solved by a neighbour, as bars (each with its numbers in words). */
function BarChart({ title, rows }: { title: string; rows: Row[] }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...rows.map((row) => row.help_requests));
  return (
    <Box component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row) => (
          <li key={row.key}>
            <Text size="sm">
              {t('impact.charts.bar', {
                name: row.label,
                requests: row.help_requests,
                solved: row.solved_by_neighbour,
              })}
            </Text>
            <Progress.Root size="lg" aria-hidden>
              <Progress.Section value={(100 * row.solved_by_neighbour) / most} color="teal" />
              <Progress.Section
                value={(100 * (row.help_requests - row.solved_by_neighbour)) / most}
                color="blue.2"
              />
            </Progress.Root>
          </li>
        ))}
      </Stack>
    </Box>
  );
}

/** Help requests per month, a line (and solved by a neighbour, a second line). */
function MonthChart({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const format = useFormat();
  const months = impact.by_month;
  const most = Math.max(1, ...months.map((m) => m.help_requests));
  const width = 600;
  const height = 160;
  const x = (i: number) => (months.length < 2 ? width / 2 : (i * width) / (months.length - 1));
  const y = (value: number) => height - (value * height) / most;
  const line = (pick: (m: (typeof months)[number]) => number) =>
    months.map((m, i) => `${x(i)},${y(pick(m))}`).join(' ');
  const described = months
    .map((m) =>
      t('impact.charts.month', {
        month: format.month(m.month),
        requests: m.help_requests,
        solved: m.solved_by_neighbour,
      }),
    )
    .join('; ');
  return (
    <Box component="section" aria-label={t('impact.charts.byMonth')}>
      <Title order={2} size="h3" mb="sm">
        {t('impact.charts.byMonth')}
      </Title>
      <svg
        viewBox={`-10 -10 ${width + 20} ${height + 20}`}
        width="100%"
        role="img"
        aria-label={described}
        preserveAspectRatio="none"
        style={{ maxHeight: 200 }}
      >
        <polyline
          points={line((m) => m.help_requests)}
          fill="none"
          stroke="#228be6"
          strokeWidth={3}
        />
        <polyline
          points={line((m) => m.solved_by_neighbour)}
          fill="none"
          stroke="#12b886"
          strokeWidth={3}
        />
      </svg>
      <Group gap="md" mt="xs">
        {/* The swatch carries the colour; the words stay in the text colour (contrast). */}
        {(
          [
            ['#228be6', t('impact.figures.helpRequests')],
            ['#12b886', t('impact.figures.solvedByNeighbour')],
          ] as const
        ).map(([colour, label]) => (
          <Group key={label} gap={6} wrap="nowrap">
            <Box w={18} h={4} bg={colour} aria-hidden style={{ borderRadius: 2 }} />
            <Text size="sm">{label}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}

function FiguresTable({
  title,
  nameHeader,
  rows,
}: {
  title: string;
  nameHeader: string;
  rows: Row[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Box component="section" aria-label={title}>
      <Title order={2} size="h3" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('impact.tables.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760} type="native" tabIndex={0} aria-label={title}>
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{nameHeader}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.helpRequests')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.solvedByNeighbour')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.firstReply')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.solved')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.unanswered')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.volunteers')}</Table.Th>
                <Table.Th scope="col">{t('impact.figures.residents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row">{row.label}</Table.Th>
                  <Table.Td>{row.help_requests}</Table.Td>
                  <Table.Td>
                    {row.solved_by_neighbour} ({share(format, row.solved_by_neighbour_share)})
                  </Table.Td>
                  <Table.Td>{hours(format, row.median_hours_to_first_reply)}</Table.Td>
                  <Table.Td>{hours(format, row.median_hours_to_solved)}</Table.Td>
                  <Table.Td>{row.unanswered_after_48h}</Table.Td>
                  <Table.Td>{row.volunteers}</Table.Td>
                  <Table.Td>{row.residents}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Box>
  );
}
