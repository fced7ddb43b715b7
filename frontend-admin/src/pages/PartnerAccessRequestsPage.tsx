import { PageHeader, useFormat } from '@kring/common';
import { Badge, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  PARTNER_ACCESS_FILTERS,
  usePartnerAccessRequests,
  type PartnerAccessFilter,
  type PartnerAccessRequest,
} from '../api/partnerAccess';
import { CursorList, NameCell } from '../components/CursorList';
import { RequireStaff } from '../components/RequireStaff';
import { PartnerAccessStatusBadge } from '../partnerAccess/PartnerAccessStatusBadge';
import { ADMIN_PATHS, PARTNER_ACCESS_PATHS, partnerAccessPath, withQuery } from '../paths';

/** The verifiers' queue: partner access requests by deadline, overdue first and highlighted. */
export default function PartnerAccessRequestsPage() {
  return (
    <RequireStaff task="verify_partners">
      <PartnerAccessRequests />
    </RequireStaff>
  );
}

function filterFrom(value: string | null): PartnerAccessFilter {
  return PARTNER_ACCESS_FILTERS.includes(value as PartnerAccessFilter)
    ? (value as PartnerAccessFilter)
    : 'requested';
}

function PartnerAccessRequests() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filter = filterFrom(params.get('status'));
  const cursor = params.get('cursor');
  const list = usePartnerAccessRequests(filter, cursor);
  const statusParam = filter === 'requested' ? null : filter;
  const here = (nextCursor: string | null) =>
    withQuery(PARTNER_ACCESS_PATHS.list, { status: statusParam, cursor: nextCursor });
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('partnerAccess.title')}
        lead={t('partnerAccess.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Select
        id="partner-access-status"
        label={t('partnerAccess.filter')}
        data={PARTNER_ACCESS_FILTERS.map((value) => ({
          value,
          label: t(`partnerAccess.filters.${value}`),
        }))}
        value={filter}
        onChange={(value) =>
          void navigate(
            withQuery(PARTNER_ACCESS_PATHS.list, {
              status: value === 'requested' ? null : value,
            }),
          )
        }
        allowDeselect={false}
        maw={320}
        comboboxProps={{ withinPortal: true }}
      />
      <CursorList
        query={list}
        cursor={cursor}
        pathAt={here}
        label={t('partnerAccess.title')}
        head={
          <>
            <Table.Th>{t('partnerAccess.columns.person')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('partnerAccess.columns.organisation')}</Table.Th>
            <Table.Th>{t('partnerAccess.columns.deadline')}</Table.Th>
          </>
        }
        row={(request) => <RequestRow key={request.id} request={request} />}
        empty={{
          title: t(`partnerAccess.empty.${filter === 'requested' ? 'waiting' : 'other'}.title`),
          description: t(
            `partnerAccess.empty.${filter === 'requested' ? 'waiting' : 'other'}.body`,
          ),
        }}
      />
    </Stack>
  );
}

function RequestRow({ request }: { request: PartnerAccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr
      data-overdue={request.overdue || undefined}
      style={request.overdue ? { background: 'var(--mantine-color-red-0)' } : undefined}
    >
      <NameCell
        to={partnerAccessPath(request.id)}
        name={request.requester_name}
        detail={request.requester_email}
      >
        {/* On a phone the organisation stands under the person, not in a column of its own. */}
        <Text size="sm" hiddenFrom="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
          {request.organisation_name}
        </Text>
      </NameCell>
      <Table.Td visibleFrom="sm">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {request.organisation_name}
        </Text>
        <Text size="xs" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
          {request.job_title}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {request.status === 'requested' ? (
            <>
              {request.overdue ? (
                <Badge color="red.9" variant="filled">
                  {t('partnerAccess.overdue')}
                </Badge>
              ) : null}
              <Text size="sm">
                {t('partnerAccess.answerBy', { deadline: format.moment(request.deadline_at) })}
              </Text>
            </>
          ) : (
            <PartnerAccessStatusBadge status={request.status} />
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
