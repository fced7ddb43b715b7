import { ErrorState, LoadingState, PageHeader, useFormat } from '@kring/common';
import { Alert, Button, Card, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, NEIGHBOURHOOD_REPORT_PATHS } from '../paths';
import { useHandleReport, useReport, type StaffReport } from './api';

/** One report: who reported whom and why, what was reported, and the decision. */
export default function ReportPage() {
  return (
    <RequireStaff task="moderate_neighbourhoods">
      <Report />
    </RequireStaff>
  );
}

function Report() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const report = useReport(reportId);
  if (report.isPending) return <LoadingState />;
  if (report.isError)
    return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  return (
    <Stack maw={860} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={`${t(`neighbourhoodReports.subject.${data.subject_type}`)}: ${data.reported_name}`}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('neighbourhoodReports.queue.title'), to: NEIGHBOURHOOD_REPORT_PATHS.list },
        ]}
      />
      <Facts report={data} />
      {data.status === 'open' ? <HandleForm report={data} /> : <Outcome report={data} />}
    </Stack>
  );
}

function Facts({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text>
          {t('neighbourhoodReports.queue.by', {
            reporter: report.reporter_name,
            neighbourhood: report.neighbourhood_name ?? t('neighbourhoodReports.noNeighbourhood'),
          })}
          {' · '}
          {format.moment(report.created_at)}
        </Text>
        <Text fw={600}>{t('neighbourhoodReports.report.reason')}</Text>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{report.reason}</Text>
        {report.subject_text !== null ? (
          <>
            <Title order={2} fz="lg">
              {t('neighbourhoodReports.report.reported')}
            </Title>
            {report.subject_title ? <Text fw={600}>{report.subject_title}</Text> : null}
            <Text
              data-testid="reported-text"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {report.subject_text}
            </Text>
            {report.subject_hidden_at ? (
              <Text c="dark.5">{t('neighbourhoodReports.report.hidden')}</Text>
            ) : null}
          </>
        ) : null}
        {report.reported_suspended_at ? (
          <Alert color="orange">{t('neighbourhoodReports.report.suspended')}</Alert>
        ) : null}
      </Stack>
    </Card>
  );
}

function Outcome({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" title={t('neighbourhoodReports.report.handled')}>
      {report.outcome}
    </Alert>
  );
}

function HandleForm({ report }: { report: StaffReport }) {
  const { t } = useTranslation();
  const handle = useHandleReport(report.id);
  const [outcome, setOutcome] = useState('');
  const [hide, setHide] = useState(false);
  const [suspend, setSuspend] = useState(false);
  const [reason, setReason] = useState('');
  const hideable = report.subject_type === 'post' || report.subject_type === 'reply';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome.trim() === '') return;
    handle.mutate({
      outcome,
      hide_subject: hideable && hide,
      suspend_person: suspend,
      suspension_reason: suspend && reason.trim() !== '' ? reason : null,
    });
  };
  return (
    <Card withBorder padding="md" component="form" onSubmit={onSubmit}>
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('neighbourhoodReports.handle.title')}
        </Title>
        <Textarea
          id="report-outcome"
          label={t('neighbourhoodReports.handle.outcome')}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          maxLength={1000}
          required
        />
        {hideable ? (
          <Checkbox
            label={t(`neighbourhoodReports.handle.hide.${report.subject_type}`)}
            checked={hide}
            onChange={(event) => setHide(event.currentTarget.checked)}
          />
        ) : null}
        {report.reported_is_resident ? (
          <Checkbox
            label={t('neighbourhoodReports.handle.suspend', { name: report.reported_name })}
            checked={suspend}
            onChange={(event) => setSuspend(event.currentTarget.checked)}
          />
        ) : null}
        {suspend ? (
          <Textarea
            id="suspension-reason"
            label={t('neighbourhoodReports.handle.suspensionReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
          />
        ) : null}
        {handle.isError ? <ErrorState error={handle.error} /> : null}
        <Button type="submit" color="kringClay.7" loading={handle.isPending}>
          {t('neighbourhoodReports.handle.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
