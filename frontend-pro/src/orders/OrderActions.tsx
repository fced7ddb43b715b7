import { errorMessage } from '@kring/common';
import { Alert, Button, Group, Progress, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadOrder, type Order } from '../api/orders';
import { SendOrderDialog } from './SendOrderDialog';

/**
 * "Send the request" (by e-mail, as PDF) and "Download the request" (the PDF, with how far it
 * is), with what came of each.
 */
export function OrderActions({ order }: { order: Pick<Order, 'id' | 'number'> }) {
  const { t } = useTranslation();
  const download = useDownloadOrder();
  const [progress, setProgress] = useState(0);
  const [sending, setSending] = useState(false);
  const [sentTo, setSentTo] = useState<string[] | null>(null);
  const percent = Math.round(progress * 100);
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button
          onClick={() => {
            setSentTo(null);
            setSending(true);
          }}
        >
          {t('orders.actions.send')}
        </Button>
        <Button
          variant="default"
          disabled={download.isPending}
          onClick={() => {
            setProgress(0);
            download.mutate({ order, onProgress: setProgress });
          }}
        >
          {download.isPending
            ? t('orders.actions.downloading', { percent })
            : t('orders.actions.download')}
        </Button>
      </Group>
      {download.isPending ? (
        <Progress
          value={percent}
          size="sm"
          animated
          aria-label={t('orders.actions.progress', { number: order.number })}
        />
      ) : null}
      {download.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(download.error, t)}
        </Alert>
      ) : null}
      {sentTo ? (
        <Alert color="kringTeal" variant="light" role="status" data-testid="order-sent">
          {t('orders.actions.sent', { recipients: sentTo.join(', ') })}
        </Alert>
      ) : null}
      <SendOrderDialog
        order={order}
        opened={sending}
        onClose={() => setSending(false)}
        onSent={setSentTo}
      />
    </Stack>
  );
}
