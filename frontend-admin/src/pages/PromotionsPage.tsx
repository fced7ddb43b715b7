import { StatusBadge } from '@kring/common';
import { PageHeader, useFormat, useMe } from '@kring/common';
import { Anchor, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  PROMOTION_STATUSES,
  usePromotionRequests,
  type PromotionRequest,
  type PromotionStatus,
} from '../api/promotions';
import { mayDo } from '../api/staffTasks';
import { CursorList, NameCell } from '../components/CursorList';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, providerPath, QUEUE_PATHS, withQuery } from '../paths';
import { ConfirmPromotionDialog } from '../promotions/ConfirmPromotionDialog';

/** Promotion package requests by status, to confirm (and so invoice); their invoices. */
export default function PromotionsPage() {
  return (
    <RequireStaff task="view_promotions">
      <Promotions />
    </RequireStaff>
  );
}

function statusFrom(value: string | null): PromotionStatus | null {
  return PROMOTION_STATUSES.includes(value as PromotionStatus) ? (value as PromotionStatus) : null;
}

function Promotions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const cursor = params.get('cursor');
  const list = usePromotionRequests(status, cursor);
  const here = (nextCursor: string | null) =>
    withQuery(QUEUE_PATHS.promotions, { status, cursor: nextCursor });
  return (
    <Stack maw={1040} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('promotions.title')}
        lead={t('promotions.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Select
        id="promotions-status"
        label={t('promotions.filterStatus')}
        placeholder={t('providers.any')}
        data={PROMOTION_STATUSES.map((value) => ({
          value,
          label: t(`promotions.status.${value}`),
        }))}
        value={status}
        onChange={(value) => void navigate(withQuery(QUEUE_PATHS.promotions, { status: value }))}
        clearable
        maw={320}
        comboboxProps={{ withinPortal: true }}
      />
      <CursorList
        query={list}
        cursor={cursor}
        pathAt={here}
        label={t('promotions.title')}
        head={
          <>
            <Table.Th>{t('promotions.columns.provider')}</Table.Th>
            <Table.Th>{t('promotions.columns.request')}</Table.Th>
          </>
        }
        row={(request) => <RequestRow key={request.id} request={request} />}
        empty={{ title: t('promotions.empty.title'), description: t('promotions.empty.body') }}
      />
    </Stack>
  );
}

function RequestRow({ request }: { request: PromotionRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const mayConfirm = request.status === 'requested' && mayDo(me.data, 'confirm_promotions');
  return (
    <Table.Tr>
      <NameCell
        to={providerPath(request.profile_id)}
        name={request.provider_name}
        detail={request.provider_email}
      />
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t(`promotions.packages.${request.package}`)}
            </Text>
            <StatusBadge color={request.status === 'requested' ? 'orange' : 'gray'}>
              {t(`promotions.status.${request.status}`)}
            </StatusBadge>
          </Group>
          <Text size="xs" c="dark.5">
            {t('promotions.requestedAt', { when: format.dateTime(request.requested_at) })}
          </Text>
          {request.invoice ? (
            <Anchor href={request.invoice.pdf_url} target="_blank" rel="noopener" size="sm">
              {t('promotions.invoice', {
                number: request.invoice.number,
                total: format.money(request.invoice.total_cents),
              })}
            </Anchor>
          ) : null}
          {mayConfirm ? (
            <Button size="compact-sm" onClick={() => setConfirming(true)}>
              {t('promotions.confirm')}
            </Button>
          ) : null}
        </Stack>
        {mayConfirm ? (
          <ConfirmPromotionDialog
            request={request}
            opened={confirming}
            onClose={() => setConfirming(false)}
          />
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
