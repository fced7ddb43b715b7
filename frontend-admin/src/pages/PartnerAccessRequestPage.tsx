import { ErrorState, LoadingState, PageHeader, useFormat, useMe } from '@kring/common';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  useAcceptPartnerAccess,
  usePartnerAccessRequest,
  type PartnerAccessRequest,
} from '../api/partnerAccess';
import { mayDo } from '../api/staffTasks';
import { DetailItem } from '../components/DetailItem';
import { RequireStaff } from '../components/RequireStaff';
import { SectionCard } from '../components/SectionCard';
import { PartnerAccessStatusBadge } from '../partnerAccess/PartnerAccessStatusBadge';
import { RefuseDialog } from '../partnerAccess/RefuseDialog';
import { ConfirmDialog } from '../people/ConfirmDialog';
import { ADMIN_PATHS, organisationPath, PARTNER_ACCESS_PATHS, personPath } from '../paths';

/** One partner access request: who asks, for which organisation and why; accept or refuse. */
export default function PartnerAccessRequestPage() {
  return (
    <RequireStaff task="verify_partners">
      <PartnerAccessRequestView />
    </RequireStaff>
  );
}

function PartnerAccessRequestView() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const request = usePartnerAccessRequest(requestId);
  if (request.isPending) return <LoadingState />;
  if (request.isError) {
    return <ErrorState error={request.error} onRetry={() => void request.refetch()} />;
  }
  const shown = request.data;
  return (
    <Stack maw={880} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={shown.requester_name}
        lead={t('partnerAccess.request.lead', { organisation: shown.organisation_name })}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('partnerAccess.title'), to: PARTNER_ACCESS_PATHS.list },
        ]}
        actions={<PartnerAccessStatusBadge status={shown.status} />}
      />
      <Answer request={shown} />
      <Details request={shown} />
    </Stack>
  );
}

/** The deadline and the two answers while it waits; the answer once given. */
function Answer({ request }: { request: PartnerAccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const accept = useAcceptPartnerAccess(request.id);
  const [accepting, setAccepting] = useState(false);
  const [refusing, setRefusing] = useState(false);
  if (request.status !== 'requested') {
    return (
      <Alert
        color={request.status === 'accepted' ? 'kringTeal' : 'gray'}
        variant="light"
        title={t(`partnerAccess.request.answered.${request.status}`)}
      >
        <Stack gap={4}>
          {request.decided_at ? (
            <Text size="sm">
              {t('partnerAccess.request.answeredAt', { when: format.dateTime(request.decided_at) })}
            </Text>
          ) : null}
          {request.refusal_reason ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {t('partnerAccess.request.reasonGiven', { reason: request.refusal_reason })}
            </Text>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  const may = mayDo(me.data, 'verify_partners');
  return (
    <Alert
      color="kringClay"
      variant="light"
      title={
        request.overdue
          ? t('partnerAccess.request.overdue', { deadline: format.deadline(request.deadline_at) })
          : t('partnerAccess.request.answerBy', { deadline: format.deadline(request.deadline_at) })
      }
    >
      <Stack gap="sm">
        {request.overdue ? (
          <Badge color="red.9" variant="filled" w="fit-content">
            {t('partnerAccess.overdue')}
          </Badge>
        ) : null}
        <Text size="sm">{t('partnerAccess.request.check')}</Text>
        {may ? (
          <Group gap="sm">
            <Button onClick={() => setAccepting(true)}>{t('partnerAccess.request.accept')}</Button>
            <Button variant="default" onClick={() => setRefusing(true)}>
              {t('partnerAccess.request.refuse')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={accepting}
        title={t('partnerAccess.request.acceptTitle')}
        confirmLabel={t('partnerAccess.request.accept')}
        onConfirm={() => accept.mutateAsync()}
        onClose={() => setAccepting(false)}
      >
        <Text size="sm">
          {t('partnerAccess.request.acceptWhat', {
            name: request.requester_name,
            organisation: request.organisation_name,
          })}
        </Text>
      </ConfirmDialog>
      <RefuseDialog request={request} opened={refusing} onClose={() => setRefusing(false)} />
    </Alert>
  );
}

function Details({ request }: { request: PartnerAccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  return (
    <SectionCard id="partner-access-details" title={t('partnerAccess.request.details')} gap="sm">
      <Stack component="dl" gap="xs" m={0}>
        <DetailItem label={t('partnerAccess.fields.person')}>
          {mayDo(me.data, 'view_accounts') ? (
            <Anchor component={Link} to={personPath(request.user_id)}>
              {request.requester_name}
            </Anchor>
          ) : (
            request.requester_name
          )}{' '}
          ({request.requester_email})
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.organisation')}>
          {request.organisation_id && mayDo(me.data, 'view_organisations') ? (
            <Anchor component={Link} to={organisationPath(request.organisation_id)}>
              {request.organisation_name}
            </Anchor>
          ) : (
            request.organisation_name
          )}
          {request.organisation_id ? null : (
            <Text span size="xs" c="dark.5" display="block">
              {t('partnerAccess.fields.unknownOrganisation')}
            </Text>
          )}
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.number')}>
          {request.registration_number
            ? `${request.registration_number} (${t(`partnerAccess.country.${request.country}`)})`
            : t('partnerAccess.fields.noNumber')}
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.jobTitle')}>{request.job_title}</DetailItem>
        <DetailItem label={t('partnerAccess.fields.workEmail')}>
          <Anchor href={`mailto:${request.work_email}`}>{request.work_email}</Anchor>
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.workPhone')}>
          <Anchor href={`tel:${request.work_phone}`}>{format.phone(request.work_phone)}</Anchor>
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.reason')}>
          <span style={{ whiteSpace: 'pre-line' }}>{request.reason}</span>
        </DetailItem>
        <DetailItem label={t('partnerAccess.fields.requestedAt')}>
          {format.dateTime(request.requested_at)}
        </DetailItem>
      </Stack>
    </SectionCard>
  );
}
