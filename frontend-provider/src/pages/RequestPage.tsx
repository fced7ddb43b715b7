import { EmptyState, ErrorState, LoadingState, formatPhone, useFormat } from '@kring/common';
import { isApiProblem } from '@kring/client';
import { Alert, Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useContactRequest, type ContactRequest } from '../api/contactRequests';
import { PageHeader } from '../home/PageHeader';
import { PROVIDER_PATHS } from '../home/paths';
import { RequireProfile } from '../home/RequireProfile';
import { OverdueBadge, StatusBadge } from '../requests/StatusBadges';
import { UpdateForm } from '../requests/UpdateForm';

/**
 * One contact request (the provider's e-mail links here): the customer's details to call or
 * mail them, the message, until when to answer, and the form to mark it in progress or handled.
 */
export default function RequestPage() {
  return <RequireProfile>{() => <Request />}</RequireProfile>;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={PROVIDER_PATHS.requests} fw={600} size="sm">
      {t('requests.detail.back')}
    </Anchor>
  );
}

function Request() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const request = useContactRequest(id);
  if (request.isPending) return <LoadingState />;
  if (request.isError) {
    if (
      isApiProblem(request.error) &&
      (request.error.status === 404 || request.error.status === 422)
    ) {
      return (
        <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
          <PageHeader title={t('requests.detail.notFoundTitle')} />
          <EmptyState
            title={t('requests.detail.notFoundTitle')}
            description={t('requests.detail.notFound')}
            action={
              <Button component={Link} to={PROVIDER_PATHS.requests} variant="light">
                {t('requests.detail.toInbox')}
              </Button>
            }
          />
        </Stack>
      );
    }
    return <ErrorState error={request.error} onRetry={() => void request.refetch()} />;
  }
  return <RequestDetail request={request.data} />;
}

function RequestDetail({ request }: { request: ContactRequest }) {
  const { t } = useTranslation();
  const moments = useFormat();
  // Said once after saving, in a live region so it is heard too.
  const [saved, setSaved] = useState<{ status: ContactRequest['status']; invited: boolean } | null>(
    null,
  );
  const answered = request.status !== 'new';

  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <BackLink />
      <Stack gap="sm">
        <PageHeader title={request.name} />
        <Group gap="xs">
          <StatusBadge status={request.status} />
          {request.overdue ? <OverdueBadge /> : null}
        </Group>
        {answered ? null : (
          <Alert
            color={request.overdue ? 'red' : 'kringClay'}
            variant="light"
            data-testid="request-deadline"
          >
            <Text size="sm" fw={600} c={request.overdue ? 'red.9' : 'kringClay.9'}>
              {t(request.overdue ? 'requests.detail.overdue' : 'requests.detail.respondBy', {
                moment: moments.moment(request.deadline_at),
              })}
            </Text>
          </Alert>
        )}
        <div role="status">
          {saved ? (
            <Alert color="kringTeal" variant="light" data-testid="request-notice">
              <Text size="sm" fw={600} c="kringTeal.9">
                {t('requests.detail.saved', { status: t(`requests.status.${saved.status}`) })}
                {saved.invited ? ` ${t('requests.detail.invited', { name: request.name })}` : ''}
              </Text>
            </Alert>
          ) : null}
        </div>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <CustomerDetails request={request} />
            <Card withBorder padding="lg" component="section" aria-labelledby="request-message">
              <Stack gap="xs">
                <Title order={2} size="h3" id="request-message">
                  {t('requests.detail.message')}
                </Title>
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {request.message}
                </Text>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="lg" component="section" aria-labelledby="request-update-title">
            <Stack gap="xs">
              <Title order={2} size="h3" id="request-update-title">
                {t('requests.form.title')}
              </Title>
              <Text size="sm" c="dark.5">
                {t('requests.form.lead')}
              </Text>
              <UpdateForm
                request={request}
                onSaved={(next) =>
                  setSaved({
                    status: next.status,
                    invited: next.status === 'handled' && request.status !== 'handled',
                  })
                }
              />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dark.5">
        {term}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** How to reach the customer (a tel: and a mailto: link) and what they told about the help. */
function CustomerDetails({ request }: { request: ContactRequest }) {
  const { t } = useTranslation();
  const moments = useFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="request-customer">
      <Stack gap="sm">
        <Title order={2} size="h3" id="request-customer">
          {t('requests.detail.customer')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <Fact term={t('requests.fields.phone')}>
            <Anchor href={`tel:${request.phone}`} fw={600}>
              {formatPhone(request.phone)}
            </Anchor>
          </Fact>
          <Fact term={t('requests.fields.email')}>
            <Anchor href={`mailto:${request.email}`} fw={600}>
              {request.email}
            </Anchor>
          </Fact>
          {request.member_number ? (
            <Fact term={t('requests.fields.memberNumber')}>{request.member_number}</Fact>
          ) : null}
          <Fact term={t('requests.fields.location')}>{request.location}</Fact>
          <Fact term={t('requests.fields.forWhom')}>
            {t(`requests.forWhom.${request.for_whom}`)}
          </Fact>
          <Fact term={t('requests.fields.received')}>{moments.moment(request.received_at)}</Fact>
          <Fact term={t('requests.fields.deadline')}>{moments.moment(request.deadline_at)}</Fact>
          {request.answered_at ? (
            <Fact term={t('requests.fields.answered')}>{moments.moment(request.answered_at)}</Fact>
          ) : null}
          {request.handled_at ? (
            <Fact term={t('requests.fields.handled')}>{moments.moment(request.handled_at)}</Fact>
          ) : null}
          {request.appointment_on ? (
            <Fact term={t('requests.fields.appointment')}>
              {moments.day(request.appointment_on)}
            </Fact>
          ) : null}
          {request.note ? (
            <Fact term={t('requests.fields.note')}>
              <span style={{ whiteSpace: 'pre-line' }}>{request.note}</span>
            </Fact>
          ) : null}
        </Stack>
      </Stack>
    </Card>
  );
}
