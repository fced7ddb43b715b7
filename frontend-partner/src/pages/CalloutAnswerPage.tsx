import { ErrorState, LoadingState, RequireLogin, useDocumentTitle, useFormat } from '@kring/common';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAnswerCallout, useCalloutForm, useWithdrawAnswer } from '../api/callouts';
import { CalloutAnswerForm } from '../callouts/CalloutAnswerForm';
import { feedPath } from '../paths';
import { PlainText } from '../posts/PostParts';

/** A callout of the municipality or social service, and my answer to it. */
export default function CalloutAnswerPage() {
  return (
    <RequireLogin>
      <Answer />
    </RequireLogin>
  );
}

function Answer() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { neighbourhoodId = '', calloutId = '' } = useParams();
  const form = useCalloutForm(neighbourhoodId, calloutId);
  const save = useAnswerCallout(neighbourhoodId, calloutId);
  const withdraw = useWithdrawAnswer(neighbourhoodId, calloutId);
  useDocumentTitle(form.data?.title ?? t('callouts.form.title'), t('app.name'));
  if (form.isPending) return <LoadingState />;
  if (form.isError) return <ErrorState error={form.error} onRetry={() => void form.refetch()} />;
  const callout = form.data;
  const back = feedPath(neighbourhoodId);

  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Anchor component={Link} to={back}>
        {t('callouts.form.back')}
      </Anchor>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color="kringClay.7" variant="filled">
            {t('callouts.feed.badge')}
          </Badge>
          <Text size="sm" fw={600}>
            {t('callouts.feed.from', { organisation: callout.organisation_name })}
          </Text>
        </Group>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
          {callout.title}
        </Title>
        <PlainText>{callout.body}</PlainText>
        <Text size="sm" c="dark.5">
          {t('callouts.feed.endsOn', { date: format.day(callout.ends_on) })}
        </Text>
      </Stack>
      {callout.open ? (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} fz="lg">
              {callout.my_answer ? t('callouts.form.yourAnswer') : t('callouts.form.heading')}
            </Title>
            <CalloutAnswerForm
              form={callout}
              onSave={async (answer) => {
                await save.mutateAsync(answer);
                void navigate(back);
              }}
            />
          </Stack>
        </Card>
      ) : (
        <Alert color="gray" title={t('callouts.form.closedTitle')}>
          {t('callouts.form.closed')}
        </Alert>
      )}
      {callout.my_answer ? (
        <Group>
          <Button
            variant="default"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate(undefined, { onSuccess: () => void navigate(back) })}
          >
            {t('callouts.form.withdraw')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
