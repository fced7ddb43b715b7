import { useFormat } from '@kring/common';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRequest } from '../api/contactRequests';
import { requestPath } from '../home/paths';
import { OverdueBadge, StatusBadge } from './StatusBadges';
import classes from './Requests.module.css';

/**
 * One request in the inbox: who, when it came in, where, for whom, where it stands and until when
 * to answer. The name leads to the request with the customer's details.
 */
export function RequestCard({ request }: { request: ContactRequest }) {
  const { t } = useTranslation();
  const moments = useFormat();
  const titleId = `request-${request.id}-title`;
  const answered = request.status !== 'new';
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="inbox-request"
      className={request.overdue ? classes.overdue : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={requestPath(request.id)} inherit>
              {request.name}
            </Anchor>
          </Title>
          <Group gap="xs">
            {request.overdue ? <OverdueBadge /> : null}
            <StatusBadge status={request.status} />
          </Group>
        </Group>
        <dl className={classes.facts}>
          <div>
            <Text component="dt" size="sm" c="dark.5">
              {t('requests.fields.received')}
            </Text>
            <Text component="dd" m={0} size="sm">
              {moments.moment(request.received_at)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dark.5">
              {t('requests.fields.location')}
            </Text>
            <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {request.location}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dark.5">
              {t('requests.fields.forWhom')}
            </Text>
            <Text component="dd" m={0} size="sm">
              {t(`requests.forWhom.${request.for_whom}`)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dark.5">
              {t('requests.fields.respond')}
            </Text>
            <Text
              component="dd"
              m={0}
              size="sm"
              fw={answered ? undefined : 700}
              c={request.overdue ? 'red.9' : undefined}
              data-testid="request-deadline"
            >
              {answered && request.answered_at
                ? t('requests.answeredOn', { moment: moments.moment(request.answered_at) })
                : t('requests.deadline', { moment: moments.moment(request.deadline_at) })}
            </Text>
          </div>
        </dl>
      </Stack>
    </Card>
  );
}
