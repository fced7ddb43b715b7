import { PageHeader, StatusBadge, useFormat, useMe } from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  REFUSAL_STATES,
  refusalStateFrom,
  useOrderRefusals,
  type RefusalState,
  type StaffRefusal,
} from '../api/orderSigning';
import { mayDo } from '../api/staffTasks';
import { MoreList } from '../components/MoreList';
import { RequireStaff } from '../components/RequireStaff';
import { ClearRefusalDialog } from '../orders/ClearRefusalDialog';
import { useAge } from '../orders/RefusalAge';
import { ADMIN_PATHS, ORDER_REFUSAL_PATHS, orderPath, withQuery } from '../paths';

/** From this width up (Mantine's `md`) the refusals are a table with a column per part. */
const TABLE_WIDTH = '(min-width: 62em)';

/** The branch's queue of refused Wlz signatures: open ones the oldest first, to be handled. */
export default function OrderRefusalsPage() {
  return (
    <RequireStaff task="view_orders">
      <Refusals />
    </RequireStaff>
  );
}

function Refusals() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = refusalStateFrom(params.get('state'));
  const me = useMe();
  const mayClear = mayDo(me.data, 'handle_orders');
  const [clearing, setClearing] = useState<StaffRefusal | null>(null);
  const [cleared, setCleared] = useState<StaffRefusal | null>(null);
  const hintId = useId();
  const narrow = useMediaQuery('(max-width: 30em)');
  return (
    <Stack maw={1200} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('refusals.title')}
        lead={t('refusals.lead')}
        crumbs={[{ label: t('common.navigation.home'), to: ADMIN_PATHS.home }]}
      />
      <Stack gap={6}>
        <SegmentedControl
          value={state}
          onChange={(value) => {
            setCleared(null);
            const next = refusalStateFrom(value);
            void navigate(
              withQuery(ORDER_REFUSAL_PATHS.list, { state: next === 'open' ? null : next }),
            );
          }}
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          aria-label={t('refusals.state.label')}
          aria-describedby={hintId}
          style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
          data={REFUSAL_STATES.map((value) => ({
            value,
            label: t(`refusals.state.${value}.label`),
          }))}
        />
        <Text size="sm" c="dark.6" id={hintId}>
          {t(`refusals.state.${state}.hint`)}
        </Text>
      </Stack>
      {cleared ? (
        <Alert color="kringTeal" variant="light" role="status" withCloseButton={false}>
          {t(`refusals.cleared.${cleared.outcome ?? 'present_again'}`, {
            number: cleared.order_number,
          })}
        </Alert>
      ) : null}
      <Results
        state={state}
        onClear={
          mayClear
            ? (refusal) => {
                setCleared(null);
                setClearing(refusal);
              }
            : undefined
        }
      />
      <ClearRefusalDialog
        refusal={clearing}
        onClose={() => setClearing(null)}
        onCleared={setCleared}
      />
    </Stack>
  );
}

interface ListProps {
  /** Opens the dialog for an open refusal; none: the staff member may not clear one. */
  onClear: ((refusal: StaffRefusal) => void) | undefined;
}

function Results({ state, onClear }: ListProps & { state: RefusalState }) {
  const { t } = useTranslation();
  const list = useOrderRefusals(state);
  const wide = useMediaQuery(TABLE_WIDTH, true, { getInitialValueInEffect: false });
  return (
    <MoreList
      query={list}
      empty={{
        title: t(`refusals.empty.${state}.title`),
        description: t(`refusals.empty.${state}.body`),
      }}
      moreLabel={t('refusals.more')}
      shownLabel={(count) => t('refusals.shown', { count })}
    >
      {(refusals) =>
        wide ? (
          <RefusalsTable refusals={refusals} onClear={onClear} />
        ) : (
          <RefusalsCards refusals={refusals} onClear={onClear} />
        )
      }
    </MoreList>
  );
}

function RefusalsTable({ refusals, onClear }: ListProps & { refusals: StaffRefusal[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={0}>
        <Table verticalSpacing="sm" highlightOnHover aria-label={t('refusals.results')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('refusals.columns.order')}</Table.Th>
              <Table.Th>{t('refusals.columns.client')}</Table.Th>
              <Table.Th>{t('refusals.columns.organisation')}</Table.Th>
              <Table.Th>{t('refusals.columns.refused')}</Table.Th>
              <Table.Th>{t('refusals.columns.reason')}</Table.Th>
              <Table.Th>{t('refusals.columns.handling')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {refusals.map((refusal) => (
              <Table.Tr key={refusal.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <OrderLink refusal={refusal} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 110 }}>
                  <Text size="sm">{refusal.client_name}</Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 130 }}>
                  <Text size="sm">{refusal.organisation_name}</Text>
                  <Text size="sm" c="dark.5">
                    {refusal.branch_name}
                  </Text>
                </Table.Td>
                <Table.Td style={{ minWidth: 140 }}>
                  <Refused refusal={refusal} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 180 }}>
                  <Reason refusal={refusal} />
                </Table.Td>
                <Table.Td>
                  <Handling refusal={refusal} onClear={onClear} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** On a phone each refusal reads whole, top to bottom, without scrolling sideways. */
function RefusalsCards({ refusals, onClear }: ListProps & { refusals: StaffRefusal[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding={0}>
      <Stack component="ul" gap={0} m={0} p={0} aria-label={t('refusals.results')}>
        {refusals.map((refusal, index) => (
          <Stack
            key={refusal.id}
            component="li"
            gap={6}
            p="md"
            style={{
              listStyle: 'none',
              overflowWrap: 'anywhere',
              borderTop: index > 0 ? '1px solid var(--mantine-color-gray-3)' : undefined,
            }}
          >
            <OrderLink refusal={refusal} />
            <Text size="sm">{t('refusals.card.client', { name: refusal.client_name })}</Text>
            <Text size="sm" c="dark.5">
              {refusal.organisation_name} · {refusal.branch_name}
            </Text>
            <Refused refusal={refusal} />
            <Reason refusal={refusal} />
            <Handling refusal={refusal} onClear={onClear} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

function OrderLink({ refusal }: { refusal: StaffRefusal }) {
  return (
    <Anchor
      component={Link}
      to={orderPath(refusal.order_id)}
      fw={600}
      style={{ whiteSpace: 'nowrap' }}
    >
      {refusal.order_number}
    </Anchor>
  );
}

/** Who refused and when, with how long ago (an open one waits for the branch). */
function Refused({ refusal }: { refusal: StaffRefusal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const age = useAge();
  const open = refusal.cleared_at === null;
  return (
    <div>
      <Text size="sm">{t('refusals.by', { name: refusal.refused_by_name })}</Text>
      <Text size="sm" c="dark.5">
        {format.dateTime(refusal.refused_at)}
        {' · '}
        <Text span size="sm" fw={open ? 600 : undefined} c={open ? 'dark.7' : undefined}>
          {age(refusal.refused_at)}
        </Text>
      </Text>
    </div>
  );
}

function Reason({ refusal }: { refusal: StaffRefusal }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      <Text span size="sm" fw={600} hiddenFrom="md">
        {t('refusals.columns.reason')}:{' '}
      </Text>
      {refusal.reason}
    </Text>
  );
}

/** An open refusal: the button to handle it; a cleared one: what was decided, by whom. */
function Handling({ refusal, onClear }: ListProps & { refusal: StaffRefusal }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (refusal.cleared_at === null) {
    return (
      <Group gap="sm" align="center">
        <StatusBadge color="orange" asWritten>
          {t('refusals.open')}
        </StatusBadge>
        {onClear ? (
          <Button size="xs" onClick={() => onClear(refusal)}>
            {t('refusals.clear.button')}
          </Button>
        ) : null}
      </Group>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {refusal.outcome ? t(`refusals.outcome.${refusal.outcome}`) : t('refusals.handled')}
      </Text>
      <Text size="sm" c="dark.5">
        {refusal.cleared_by_name
          ? t('refusals.clearedBy', {
              name: refusal.cleared_by_name,
              when: format.dateTime(refusal.cleared_at),
            })
          : format.dateTime(refusal.cleared_at)}
      </Text>
      {refusal.clear_note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {refusal.clear_note}
        </Text>
      ) : null}
    </Stack>
  );
}
