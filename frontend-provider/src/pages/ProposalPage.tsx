import {
  cellsOfWeek,
  DayPartGrid,
  EmptyState,
  ErrorState,
  errorMessage,
  LoadingState,
  RequireLogin,
  useFormat,
  type Week,
} from '@kring/common';
import { isApiProblem } from '@kring/client';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAnswerProposal, useMyProposal, type Proposal } from '../api/proposals';
import { PageHeader } from '../home/PageHeader';
import { PROVIDER_PATHS } from '../home/paths';
import { ProposalStatusBadge } from '../proposals/ProposalStatusBadge';

/** One proposal (the e-mail links here): what is asked, and the answer, then the first meeting. */
export default function ProposalPage() {
  return (
    <RequireLogin>
      <ProposalView />
    </RequireLogin>
  );
}

function ProposalView() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const proposal = useMyProposal(id);
  if (proposal.isPending) return <LoadingState />;
  if (proposal.isError) {
    if (isApiProblem(proposal.error) && [404, 422].includes(proposal.error.status)) {
      return (
        <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
          <PageHeader title={t('proposals.detail.notFoundTitle')} />
          <EmptyState
            title={t('proposals.detail.notFoundTitle')}
            description={t('proposals.detail.notFound')}
            action={
              <Button component={Link} to={PROVIDER_PATHS.proposals} variant="light">
                {t('proposals.detail.back')}
              </Button>
            }
          />
        </Stack>
      );
    }
    return <ErrorState error={proposal.error} onRetry={() => void proposal.refetch()} />;
  }
  return <Detail proposal={proposal.data} />;
}

function Detail({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = proposal.help_seeker_first_name;
  return (
    <Stack maw={900} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={PROVIDER_PATHS.proposals} fw={600} size="sm">
        ← {t('proposals.detail.back')}
      </Anchor>
      <PageHeader
        title={t('proposals.detail.title', { name, city: proposal.city })}
        lead={t('proposals.detail.from', {
          name: proposal.sent_by_name ?? '–',
          date: format.dateTime(proposal.created_at),
        })}
      />
      <Group gap="xs">
        <ProposalStatusBadge status={proposal.status} />
        {proposal.status === 'sent' ? (
          <Text size="sm" fw={600}>
            {t('proposals.inbox.answerBy', { date: format.deadline(proposal.expires_at) })}
          </Text>
        ) : null}
      </Group>
      <Card withBorder padding="lg" component="section" aria-labelledby="proposal-what">
        <Title id="proposal-what" order={2} size="h4" mb="sm">
          {t('proposals.detail.what')}
        </Title>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{proposal.message}</Text>
        <Text fw={600} mt="md">
          {t('proposals.detail.help')}
        </Text>
        <List size="sm">
          {proposal.skills.map((skill) => (
            <List.Item key={skill.id}>{skill.name}</List.Item>
          ))}
        </List>
        <Text id="proposal-week" fw={600} mt="md" mb={4}>
          {t('proposals.detail.when')}
        </Text>
        <DayPartGrid labelledBy="proposal-week" value={cellsOfWeek(proposal.day_parts as Week)} />
        <Text mt="md">
          {proposal.meeting_at
            ? t('proposals.detail.meetingAt', { moment: format.dateTime(proposal.meeting_at) })
            : t('proposals.detail.meetingToAgree')}
        </Text>
        {proposal.hourly_rate_cents !== null ? (
          <Text>
            {t('proposals.detail.rate', { rate: format.money(proposal.hourly_rate_cents) })}
          </Text>
        ) : null}
        <Text size="sm" c="dark.5" mt="sm">
          {t('proposals.detail.privacy', { name })}
        </Text>
      </Card>
      <Answer proposal={proposal} />
    </Stack>
  );
}

function Answer({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = useAnswerProposal(proposal.id);
  const [mode, setMode] = useState<'accept' | 'other' | 'decline'>('accept');
  const [moment, setMoment] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const name = proposal.help_seeker_first_name;
  // The moment is checked against the clock when sending, not while typing.
  const [momentProblem, setMomentProblem] = useState<string | null>(null);
  const problem =
    mode === 'other'
      ? momentProblem
      : mode === 'decline' && reason.trim() === ''
        ? t('proposals.answer.reasonRequired')
        : null;
  const refused = answer.isError ? (
    <Alert color="kringClay" variant="light" role="alert">
      {errorMessage(answer.error, t)}
    </Alert>
  ) : null;

  if (proposal.status === 'sent') {
    const onSubmit = (event: FormEvent) => {
      event.preventDefault();
      setTried(true);
      const past = mode === 'other' && (moment === '' || new Date(moment).getTime() <= Date.now());
      setMomentProblem(past ? t('proposals.answer.momentFuture') : null);
      if (past || (mode === 'decline' && reason.trim() === '')) return;
      answer.mutate(
        mode === 'decline'
          ? { kind: 'decline', reason: reason.trim() }
          : {
              kind: 'accept',
              otherMoment: mode === 'other' ? new Date(moment).toISOString() : null,
            },
      );
    };
    return (
      <Card withBorder padding="lg" component="section" aria-labelledby="proposal-answer">
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Title id="proposal-answer" order={2} size="h4">
              {t('proposals.answer.title')}
            </Title>
            <Radio.Group
              label={t('proposals.answer.choose', { name })}
              value={mode}
              onChange={(value) =>
                setMode(value === 'other' ? 'other' : value === 'decline' ? 'decline' : 'accept')
              }
            >
              <Stack gap={6} mt="xs">
                <Radio
                  id="answer-accept"
                  value="accept"
                  label={
                    proposal.meeting_at
                      ? t('proposals.answer.acceptAt', {
                          moment: format.dateTime(proposal.meeting_at),
                        })
                      : t('proposals.answer.accept')
                  }
                />
                <Radio id="answer-other" value="other" label={t('proposals.answer.other')} />
                <Radio id="answer-decline" value="decline" label={t('proposals.answer.decline')} />
              </Stack>
            </Radio.Group>
            {mode === 'other' ? (
              <TextInput
                id="answer-moment"
                type="datetime-local"
                label={t('proposals.answer.moment')}
                value={moment}
                onChange={(event) => setMoment(event.currentTarget.value)}
                error={tried ? problem : undefined}
                required
              />
            ) : null}
            {mode === 'decline' ? (
              <Textarea
                id="answer-reason"
                label={t('proposals.answer.reason')}
                description={t('proposals.answer.reasonHelp')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={tried ? problem : undefined}
                rows={3}
                required
              />
            ) : null}
            {refused}
            <Group>
              <Button
                type="submit"
                color={mode === 'decline' ? 'red.9' : 'kringClay.7'}
                loading={answer.isPending}
              >
                {t(`proposals.answer.send.${mode}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    );
  }

  if (proposal.status === 'accepted' || proposal.status === 'other_moment') {
    const moment = proposal.counter_meeting_at ?? proposal.meeting_at;
    return (
      <Card withBorder padding="lg" component="section" aria-labelledby="proposal-meeting">
        <Stack gap="sm">
          <Title id="proposal-meeting" order={2} size="h4">
            {t('proposals.meeting.title')}
          </Title>
          <Text>
            {moment
              ? t('proposals.meeting.at', { name, moment: format.dateTime(moment) })
              : t('proposals.meeting.toAgree', { name })}
          </Text>
          {proposal.helper_confirmed_at ? (
            <Text fw={600}>{t('proposals.meeting.youConfirmed')}</Text>
          ) : (
            <>
              <Text size="sm" c="dark.5">
                {t('proposals.meeting.after', { name })}
              </Text>
              {tried && reason.trim() === '' ? (
                <Text size="sm" c="red.8" role="alert">
                  {t('proposals.answer.reasonRequired')}
                </Text>
              ) : null}
              <Textarea
                id="meeting-reason"
                label={t('proposals.meeting.reason')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                rows={2}
              />
              {refused}
              <Group gap="sm">
                <Button
                  color="kringClay.7"
                  loading={answer.isPending}
                  onClick={() => answer.mutate({ kind: 'confirm' })}
                >
                  {t('proposals.meeting.confirm')}
                </Button>
                <Button
                  variant="default"
                  onClick={() => {
                    setTried(true);
                    if (reason.trim()) answer.mutate({ kind: 'end', reason: reason.trim() });
                  }}
                >
                  {t('proposals.meeting.end')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg">
      <Text>
        {proposal.status === 'confirmed' ? (
          <Anchor component={Link} to={PROVIDER_PATHS.engagements}>
            {t('proposals.closed.confirmed', { name })}
          </Anchor>
        ) : (
          t(`proposals.closed.${proposal.status}`, {
            name,
            reason: proposal.decline_reason ?? proposal.end_reason ?? '–',
          })
        )}
      </Text>
    </Card>
  );
}
