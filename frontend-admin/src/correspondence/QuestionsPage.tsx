import { PageHeader, useFormat } from '@kring/common';
import { Anchor, Card, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, QUESTION_PATHS, questionPath, withQuery } from '../paths';
import { QUEUE_VIEWS, queueViewFrom, useQuestions, type QueueItem } from './api';

/** From this width up the queue is a table with a column per part. */
const TABLE_WIDTH = '(min-width: 62em)';

/**
 * "Vragen": the questions of my queue (a care manager's projects, a branch's general questions,
 * an admin's all), the longest waiting first with how long they have waited.
 */
export default function QuestionsPage() {
  return (
    <RequireStaff task="answer_questions">
      <Questions />
    </RequireStaff>
  );
}

function Questions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const view = queueViewFrom(params.get('view'));
  const list = useQuestions(view);
  const wide = useMediaQuery(TABLE_WIDTH, true, { getInitialValueInEffect: false });
  const narrow = useMediaQuery('(max-width: 30em)');
  const hintId = useId();
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('correspondence.queue.title')}
        lead={t('correspondence.queue.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Stack gap={6}>
        <SegmentedControl
          value={view}
          onChange={(value) => {
            const next = queueViewFrom(value);
            void navigate(
              withQuery(QUESTION_PATHS.list, { view: next === 'waiting' ? null : next }),
            );
          }}
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          aria-label={t('correspondence.queue.view')}
          aria-describedby={hintId}
          style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
          data={QUEUE_VIEWS.map((value) => ({
            value,
            label: t(`correspondence.queue.views.${value}.label`),
          }))}
        />
        <Text size="sm" c="dark.6" id={hintId}>
          {t(`correspondence.queue.views.${view}.hint`)}
        </Text>
      </Stack>
      <MoreList
        query={list}
        empty={{
          title: t(`correspondence.queue.empty.${view}.title`),
          description: t(`correspondence.queue.empty.${view}.body`),
        }}
        moreLabel={t('correspondence.queue.more')}
        shownLabel={(count) => t('correspondence.queue.shown', { count })}
      >
        {(items) => (wide ? <QueueTable items={items} /> : <QueueCards items={items} />)}
      </MoreList>
    </Stack>
  );
}

/** How long the asker has waited ("3 dagen"), or, when answered, the last activity. */
function Waiting({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (item.waiting_days === null) {
    return (
      <Text size="sm" c="dark.5">
        {item.status === 'closed'
          ? t('correspondence.queue.closed')
          : t('correspondence.queue.answered')}
        {' · '}
        {format.moment(item.last_message_at)}
      </Text>
    );
  }
  return (
    <Text size="sm" fw={600} data-testid="age">
      {item.waiting_days === 0
        ? t('correspondence.queue.age.today')
        : t('correspondence.queue.age.days', { count: item.waiting_days })}
    </Text>
  );
}

function Subject({ item }: { item: QueueItem }) {
  return (
    <Anchor
      component={Link}
      to={questionPath(item.id)}
      fw={600}
      style={{ overflowWrap: 'anywhere' }}
    >
      {item.subject}
    </Anchor>
  );
}

function Project({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  return <>{item.project_name ?? t('correspondence.queue.general')}</>;
}

function QueueTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('correspondence.queue.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('correspondence.queue.columns.waiting')}</Table.Th>
              <Table.Th>{t('correspondence.queue.columns.subject')}</Table.Th>
              <Table.Th>{t('correspondence.queue.columns.organisation')}</Table.Th>
              <Table.Th>{t('correspondence.queue.columns.project')}</Table.Th>
              <Table.Th>{t('correspondence.queue.columns.asker')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id} style={{ verticalAlign: 'top' }} data-testid="question">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Waiting item={item} />
                </Table.Td>
                <Table.Td style={{ minWidth: 180 }}>
                  <Subject item={item} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{item.organisation_name}</Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">
                    <Project item={item} />
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{item.asker_name}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** On a phone each question reads whole, top to bottom. */
function QueueCards({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('correspondence.queue.results')}>
        {items.map((item, index) => (
          <Stack
            key={item.id}
            component="li"
            gap={4}
            p="md"
            data-testid="question"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <Subject item={item} />
            <Text size="sm">
              {item.organisation_name} · <Project item={item} />
            </Text>
            <Text size="sm" c="dark.5">
              {t('correspondence.queue.askedBy', { name: item.asker_name })}
            </Text>
            <Waiting item={item} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
