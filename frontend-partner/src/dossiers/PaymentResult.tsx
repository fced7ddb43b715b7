import { errorMessage } from '@kring/common';
import { Alert, Loader, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDossierPayment } from '../api/dossiers';

/** Back from the checkout: how the payment of the registration fee went (waits for the bank). */
export function PaymentResult({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const payment = useDossierPayment(dossierId);
  if (payment.isError) {
    return (
      <Alert color="kringClay" variant="light">
        {errorMessage(payment.error, t)}
      </Alert>
    );
  }
  const status = payment.data?.status;
  if (status === 'paid') {
    return (
      <Alert color="kringTeal" variant="light" role="status" data-testid="payment-result">
        {t('dossiers.payment.paid')}
      </Alert>
    );
  }
  if (status === 'canceled' || status === 'failed' || status === 'expired') {
    return (
      <Alert color="kringClay" variant="light" role="alert" data-testid="payment-result">
        {t(`dossiers.payment.${status}`)}
      </Alert>
    );
  }
  return (
    <Group gap="sm" role="status" data-testid="payment-result">
      <Loader size="sm" aria-hidden="true" />
      <Text>{t('dossiers.payment.waiting')}</Text>
    </Group>
  );
}
