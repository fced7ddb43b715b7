import { isApiProblem } from '@kring/client';
import { AUTH_PATHS, EmptyState, errorMessage, LoadingState, useFormat } from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { orderKeys } from '../api/keys';
import { useDownloadOrder, type Order } from '../api/orders';
import {
  canSign,
  currentSignature,
  SIGN_MAX,
  signedPdfHref,
  TYPED_NAME_MAX,
  TYPED_NAME_MIN,
  useDownloadSignedPdf,
  useOrdersToSign,
  useSignOrders,
  type SignatureInput,
  type SignedOrder,
} from '../api/signing';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { ACTION_LIST_PATH, orderPath } from '../paths';
import { RefusedBadge } from './OrderBadges';
import { ClientDetails, DeviceDetails, RequestDetails } from './OrderDetails';
import { ordersCrumbs, OrdersFrame } from './OrdersFrame';
import { PdfLink } from './PdfLink';
import { RefuseDialog } from './RefuseDialog';
import { SignaturePad } from './SignaturePad';
import padClasses from './SignaturePad.module.css';

type Method = SignatureInput['method'];

/** The ids of the address (`?ids=a,b,c`): each once, at most 50. */
export function selectedIds(value: string | null): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, SIGN_MAX);
}

/**
 * "Tekenen voor akkoord": the selected Wlz orders, each in full with its PDF and a way to refuse
 * it, then one signature (drawn or typed) and the second factor for all of them at once.
 * Afterwards: what was signed, each with its signed PDF.
 */
export default function SignOrdersPage() {
  return (
    <RequireMember>
      <SignOrders />
    </RequireMember>
  );
}

interface Result {
  signed: SignedOrder[];
  orders: Record<string, Order>;
}

function SignOrders() {
  const [params] = useSearchParams();
  const ids = useMemo(() => selectedIds(params.get('ids')), [params]);
  const [result, setResult] = useState<Result | null>(null);
  if (result) return <SignedView result={result} />;
  return <SigningView ids={ids} onSigned={setResult} />;
}

function SigningView({ ids, onSigned }: { ids: string[]; onSigned: (result: Result) => void }) {
  const { t } = useTranslation();
  const queries = useOrdersToSign(ids);
  const queryClient = useQueryClient();
  const sign = useSignOrders();
  // Refused here: no longer part of the selection.
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  // Orders that changed since they were shown (a 409): loaded afresh, to be read again.
  const [reread, setReread] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<ReactNode>(null);

  const loaded = queries.flatMap((query) => (query.data ? [query.data] : []));
  const loading = queries.some((query) => query.isPending);
  const toSign = loaded.filter((order) => canSign(order) && !refused.has(order.id));
  const mustReread = (order: Order) => reread.has(order.id);

  function readAgain(order: Order) {
    setReread((current) => new Set([...current].filter((id) => id !== order.id)));
  }

  function submit(signature: SignatureInput) {
    setProblem(null);
    const unreadOrders = toSign.filter(mustReread);
    if (unreadOrders.length > 0) {
      setProblem(
        t('orders.sign.errors.readFirst', {
          count: unreadOrders.length,
          numbers: unreadOrders.map((order) => order.number).join(', '),
        }),
      );
      return Promise.resolve(false);
    }
    const batch = toSign;
    return sign
      .mutateAsync({
        orders: batch.map((order) => ({
          order_id: order.id,
          content_sha256: order.signing?.content_sha256 ?? '',
        })),
        signature,
      })
      .then((answer) => {
        onSigned({
          signed: answer.signed,
          orders: Object.fromEntries(batch.map((order) => [order.id, order])),
        });
        return true;
      })
      .catch((error: unknown) => {
        setProblem(describeFailure(error, batch));
        return false;
      });
  }

  /** What went wrong, in words; a changed order is loaded afresh to be read again. */
  function describeFailure(error: unknown, batch: Order[]): ReactNode {
    if (!isApiProblem(error)) return errorMessage(error, t);
    if (error.status === 409) {
      const changed = error.errors.flatMap((fieldError) => {
        const match = /^(?:body\.)?orders\.(\d+)\.content_sha256$/.exec(fieldError.field);
        const order = match ? batch[Number(match[1])] : undefined;
        return order ? [order] : [];
      });
      if (changed.length > 0) {
        const changedIds = changed.map((order) => order.id);
        setReread((current) => new Set([...current, ...changedIds]));
        void queryClient.invalidateQueries({
          predicate: (query) => isDetailOf(query.queryKey, changedIds),
        });
        return t('orders.sign.errors.changed', {
          count: changed.length,
          numbers: changed.map((order) => order.number).join(', '),
        });
      }
      // Signed already (elsewhere) or no signature needed any more: the orders are loaded afresh.
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
      return [t('orders.sign.errors.conflict'), error.detail].filter(Boolean).join(' ');
    }
    if (error.status === 403) {
      return (
        <>
          {t('orders.sign.errors.noSecondFactor')}{' '}
          <Anchor component={Link} to={AUTH_PATHS.accountSecurity} inherit fw={700}>
            {t('orders.sign.errors.toSecurity')}
          </Anchor>
        </>
      );
    }
    if (error.status === 404) return t('orders.sign.errors.notFound');
    if (error.status === 422) {
      const messages = error.errors
        .filter((fieldError) => !/signature\.(image|name)$/.test(fieldError.field))
        .map((fieldError) => fieldError.message);
      return messages.length > 0 ? messages.join(' ') : (error.detail ?? error.title);
    }
    return errorMessage(error, t);
  }

  const fieldError = (field: string) =>
    isApiProblem(sign.error) && sign.error.status === 422
      ? sign.error.errors.find((error) => error.field.replace(/^body\./, '') === field)?.message
      : undefined;

  if (ids.length === 0) {
    return (
      <Frame>
        <EmptyState
          title={t('orders.sign.noneTitle')}
          description={t('orders.sign.none')}
          action={
            <Button component={Link} to={ACTION_LIST_PATH}>
              {t('orders.sign.toList')}
            </Button>
          }
        />
      </Frame>
    );
  }

  return (
    <Frame lead={loading ? undefined : t('orders.sign.lead', { count: toSign.length })}>
      <Stack gap="xl">
        {queries.map((query, index) => (
          <OrderToSign
            key={ids[index]}
            id={ids[index] ?? ''}
            index={index}
            query={query}
            refused={refused.has(ids[index] ?? '')}
            mustReread={query.data ? mustReread(query.data) : false}
            onReadAgain={readAgain}
            onRefused={(order) => setRefused((current) => new Set([...current, order.id]))}
          />
        ))}
        {loading ? (
          <LoadingState />
        ) : toSign.length === 0 ? (
          <EmptyState
            title={t('orders.sign.nothingLeftTitle')}
            description={t('orders.sign.nothingLeft')}
            action={
              <Button component={Link} to={ACTION_LIST_PATH}>
                {t('orders.sign.toList')}
              </Button>
            }
          />
        ) : (
          <SignatureForm
            count={toSign.length}
            pending={sign.isPending}
            problem={problem}
            imageError={fieldError('signature.image')}
            nameError={fieldError('signature.name')}
            onSign={submit}
          />
        )}
      </Stack>
    </Frame>
  );
}

function Frame({ lead, children }: { lead?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <OrdersFrame title={t('orders.sign.title')} lead={lead} crumbs={ordersCrumbs(t)} actions={null}>
      {children}
    </OrdersFrame>
  );
}

/** One selected order: in full while it is to be signed, else in a line why it is not. */
function OrderToSign({
  id,
  index,
  query,
  refused,
  mustReread,
  onReadAgain,
  onRefused,
}: {
  id: string;
  index: number;
  query: UseQueryResult<Order>;
  refused: boolean;
  mustReread: boolean;
  onReadAgain: (order: Order) => void;
  onRefused: (order: Order) => void;
}) {
  const { t } = useTranslation();
  const download = useDownloadOrder();
  const [refusing, setRefusing] = useState(false);
  const titleId = `sign-order-${index}`;
  const order = query.data;
  if (!order) {
    if (!query.isError) return null;
    return (
      <Alert color="red" variant="light" role="note" title={t('orders.sign.missingTitle')}>
        {isApiProblem(query.error) && [404, 422].includes(query.error.status)
          ? t('orders.sign.missing', { id })
          : errorMessage(query.error, t)}
      </Alert>
    );
  }
  const heading = (
    <Title order={2} size="h3" id={titleId} style={{ overflowWrap: 'anywhere' }}>
      {t('orders.sign.orderTitle', {
        number: order.number,
        kind: t(`orders.kind.${order.kind}`),
        client: order.client.name,
      })}
    </Title>
  );
  const signable = canSign(order) && !refused;
  if (!signable) {
    return (
      <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start" gap="sm">
            {heading}
            {refused || order.signing?.open_refusal ? <RefusedBadge /> : null}
          </Group>
          <Text size="sm">{t(`orders.sign.notToSign.${whyNotToSign(order, refused)}`)}</Text>
          <Anchor component={Link} to={orderPath(order.id)} size="sm">
            {t('orders.sign.viewOrder')}
          </Anchor>
        </Stack>
      </Card>
    );
  }
  const prefix = `sign-${index}-`;
  return (
    <Stack component="section" gap="md" aria-labelledby={titleId}>
      {heading}
      {mustReread ? (
        <Alert color="orange" variant="light" role="note" title={t('orders.sign.changedTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('orders.sign.changed')}</Text>
            <Button size="sm" variant="default" onClick={() => onReadAgain(order)}>
              {t('orders.sign.readAgain')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <RequestDetails
        order={order}
        title={t('orders.detail.requestTitle')}
        idPrefix={prefix}
        level={3}
      />
      <ClientDetails order={order} idPrefix={prefix} level={3} />
      <DeviceDetails order={order} idPrefix={prefix} level={3} />
      <Group gap="md" justify="space-between">
        <PdfLink
          href={`/api/v1/orders/${order.id}/pdf`}
          describedBy={titleId}
          onDownload={() => download.mutateAsync({ order, onProgress: () => {} })}
        >
          {t('orders.sign.pdf')}
        </PdfLink>
        <Button variant="outline" color="red.9" onClick={() => setRefusing(true)}>
          {t('orders.sign.refuse')}
        </Button>
      </Group>
      <RefuseDialog
        order={order}
        opened={refusing}
        onClose={() => setRefusing(false)}
        onRefused={() => {
          setRefusing(false);
          onRefused(order);
        }}
      />
    </Stack>
  );
}

/** Whether a query key is that of one of these orders (`['orders', 'detail', language, id]`). */
function isDetailOf(key: readonly unknown[], orderIds: readonly string[]): boolean {
  return key[0] === 'orders' && key[1] === 'detail' && orderIds.includes(String(key[3]));
}

function whyNotToSign(order: Order, refused: boolean) {
  const signing = order.signing;
  if (refused || signing?.open_refusal) return 'refused';
  if (!signing) return 'noSignature';
  if (signing.off_signing_list) return 'offList';
  if (currentSignature(signing)) return 'signed';
  return 'noSignature';
}

/** The signature for all orders at once: drawn or typed, what it means, and the submit. */
function SignatureForm({
  count,
  pending,
  problem,
  imageError,
  nameError,
  onSign,
}: {
  count: number;
  pending: boolean;
  problem: ReactNode;
  imageError?: string;
  nameError?: string;
  onSign: (signature: SignatureInput) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { me } = useActiveMember();
  const [method, setMethod] = useState<Method>('drawn');
  const [image, setImage] = useState<string | null>(null);
  const [name, setName] = useState(() =>
    [me.first_name, me.prefix, me.last_name].filter(Boolean).join(' '),
  );
  const [missing, setMissing] = useState<{ image?: string; name?: string }>({});
  const titleId = useId();
  const statementId = useId();
  const progressId = useId();

  function submit() {
    if (method === 'drawn') {
      if (!image) {
        setMissing({ image: t('orders.sign.errors.noDrawing') });
        return;
      }
      setMissing({});
      void onSign({ method: 'drawn', image });
      return;
    }
    const typed = name.trim();
    if (typed.length < TYPED_NAME_MIN || typed.length > TYPED_NAME_MAX) {
      setMissing({
        name:
          typed.length < TYPED_NAME_MIN
            ? t('orders.sign.errors.noName')
            : t('orders.errors.tooLong', { max: TYPED_NAME_MAX }),
      });
      return;
    }
    setMissing({});
    void onSign({ method: 'typed', name: typed });
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {t('orders.sign.signatureTitle')}
        </Title>
        <Text id={statementId}>{t('orders.sign.statement')}</Text>
        <SegmentedControl
          value={method}
          onChange={(value) => {
            setMissing({});
            setMethod(value === 'typed' ? 'typed' : 'drawn');
          }}
          aria-label={t('orders.sign.method')}
          style={{ alignSelf: 'flex-start' }}
          data={[
            { value: 'drawn', label: t('orders.sign.drawn') },
            { value: 'typed', label: t('orders.sign.typed') },
          ]}
        />
        {method === 'drawn' ? (
          <SignaturePad onChange={setImage} error={missing.image ?? imageError} />
        ) : (
          <Stack gap="xs">
            <TextInput
              id="sign-typed-name"
              label={t('orders.sign.name')}
              description={t('orders.sign.nameHint')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={missing.name ?? nameError}
              autoComplete="name"
              maxLength={TYPED_NAME_MAX + 20}
              maw={600}
            />
            <Text size="sm" c="dark.5">
              {t('orders.sign.preview')}
            </Text>
            <div className={padClasses.typed} data-testid="typed-preview">
              {name.trim()}
            </div>
          </Stack>
        )}
        {problem ? (
          <Alert color="red" variant="light" role="alert" data-testid="sign-problem">
            {problem}
          </Alert>
        ) : null}
        {pending ? (
          <Stack gap={4}>
            <Text size="sm" role="status" id={progressId}>
              {t('orders.sign.busy', { count })}
            </Text>
            <Progress.Root size="sm">
              <Progress.Section value={100} striped animated aria-labelledby={progressId} />
            </Progress.Root>
          </Stack>
        ) : null}
        <Group>
          <Button size="md" onClick={submit} loading={pending} aria-describedby={statementId}>
            {t('orders.sign.submit', { count })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** "Ondertekend": each signed order with its signed PDF, and the way back to the list. */
function SignedView({ result }: { result: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  const download = useDownloadSignedPdf();
  return (
    <OrdersFrame
      title={t('orders.signed.title')}
      lead={t('orders.signed.lead', { count: result.signed.length })}
      crumbs={ordersCrumbs(t)}
      actions={null}
      focusKey="signed"
    >
      <Stack gap="lg">
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('orders.signed.listLabel')}
        >
          {result.signed.map((signed) => {
            const order = result.orders[signed.order_id];
            const lineId = `signed-${signed.order_id}`;
            return (
              <Card component="li" key={signed.signature_id} withBorder padding="md">
                <Stack gap={6}>
                  <Anchor
                    component={Link}
                    to={orderPath(signed.order_id)}
                    fw={700}
                    id={lineId}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {order
                      ? t('orders.sign.orderTitle', {
                          number: signed.number,
                          kind: t(`orders.kind.${order.kind}`),
                          client: order.client.name,
                        })
                      : signed.number}
                  </Anchor>
                  <Text size="sm" c="dark.5">
                    {t('orders.signed.at', { date: format.dateTime(signed.signed_at) })}
                  </Text>
                  <PdfLink
                    href={signedPdfHref(signed.order_id, signed.signature_id)}
                    describedBy={lineId}
                    onDownload={() =>
                      download.mutateAsync({
                        orderId: signed.order_id,
                        signatureId: signed.signature_id,
                        fallbackName: `${signed.number}-ondertekend.pdf`,
                      })
                    }
                  >
                    {t('orders.signed.download')}
                  </PdfLink>
                </Stack>
              </Card>
            );
          })}
        </Stack>
        <Group>
          <Button component={Link} to={ACTION_LIST_PATH} variant="default">
            {t('orders.sign.toList')}
          </Button>
        </Group>
      </Stack>
    </OrdersFrame>
  );
}
