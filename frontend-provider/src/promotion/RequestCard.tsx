import { errorMessage, useFormat } from '@kring/common';
import { Anchor, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWithdrawRequest, type PromotionInvoice, type PromotionRequest } from '../api/promotion';

const STATUS_COLOUR = {
  requested: 'kringClay.8',
  confirmed: 'kringTeal.8',
  withdrawn: 'dark.5',
} as const;

/**
 * One of my package requests: waiting for Kring (and withdrawable), confirmed with its year and
 * invoice, or withdrawn.
 */
export function RequestCard({
  request,
  onWithdrawn,
}: {
  request: PromotionRequest;
  onWithdrawn?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawRequest();
  const titleId = `request-${request.id}-title`;
  return (
    <Card
      withBorder
      padding="lg"
      component="article"
      aria-labelledby={titleId}
      data-testid="promotion-request"
      bg={request.status === 'withdrawn' ? 'gray.0' : 'white'}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {request.name}
        </Title>
        <Text fw={700} c={STATUS_COLOUR[request.status]}>
          {t(`promotion.requests.status.${request.status}`)}
        </Text>
        <Text size="sm" c="dark.5">
          {t('promotion.requests.requestedOn', { date: format.date(request.requested_at) })}
        </Text>
        {request.message ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {t('promotion.requests.message', { message: request.message })}
          </Text>
        ) : null}
        {request.status === 'confirmed' && request.starts_on && request.ends_on ? (
          <Text size="sm" fw={600}>
            {t('promotion.requests.period', {
              from: format.date(request.starts_on),
              to: format.date(request.ends_on),
            })}
          </Text>
        ) : null}
        {request.invoice ? <InvoiceSummary invoice={request.invoice} name={request.name} /> : null}
        {request.status === 'requested' ? (
          <Stack gap={6} align="flex-start">
            <Button
              variant="default"
              onClick={() => withdraw.mutate(request.id, { onSuccess: onWithdrawn })}
              loading={withdraw.isPending}
              aria-label={t('promotion.requests.withdrawNamed', { name: request.name })}
            >
              {t('promotion.requests.withdraw')}
            </Button>
            {withdraw.isError ? (
              <Text size="sm" c="red.9" role="alert">
                {errorMessage(withdraw.error, t)}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}

/** The invoice of a confirmed package: the package, the fee deducted once, the total with VAT. */
function InvoiceSummary({ invoice, name }: { invoice: PromotionInvoice; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { label: name, amount: format.money(invoice.package_cents) },
    ...(invoice.fee_credit_cents > 0
      ? [
          {
            label: t('promotion.invoice.feeCredit'),
            amount: `− ${format.money(invoice.fee_credit_cents)}`,
          },
        ]
      : []),
  ];
  return (
    <Stack gap="xs" mt="xs">
      <Table
        withTableBorder
        bg="white"
        maw={460}
        verticalSpacing={6}
        captionSide="top"
        data-testid="invoice"
      >
        <Table.Caption ta="left" fw={700} c="dark.9" mb={4}>
          {t('promotion.invoice.title', {
            number: invoice.number,
            date: format.date(invoice.issued_on),
          })}
        </Table.Caption>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {row.amount}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('promotion.invoice.total')}</Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {format.money(invoice.total_cents)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" fw={400} c="dark.5">
              {t('promotion.invoice.net')}
            </Table.Th>
            <Table.Td ta="right" c="dark.5" style={{ whiteSpace: 'nowrap' }}>
              {format.money(invoice.net_cents)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row" fw={400} c="dark.5">
              {t('promotion.invoice.vat')}
            </Table.Th>
            <Table.Td ta="right" c="dark.5" style={{ whiteSpace: 'nowrap' }}>
              {format.money(invoice.vat_cents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Anchor href={invoice.pdf_url} download fw={600}>
        {t('promotion.invoice.pdf', { number: invoice.number })}
      </Anchor>
    </Stack>
  );
}
