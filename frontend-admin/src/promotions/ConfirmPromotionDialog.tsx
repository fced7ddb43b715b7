import { errorMessage, parseEuros, todayInKring } from '@kring/common';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../components/DialogFooter';
import { useConfirmPromotion, type PromotionRequest } from '../api/promotions';

/** The fee package's agreed price is at least EUR 500.00 (the API's rule, said up front). */
const FEE_MINIMUM_CENTS = 50_000;

export interface ConfirmPromotionDialogProps {
  request: PromotionRequest;
  opened: boolean;
  onClose: () => void;
}

/** Confirm a promotion package from a day; the fee package with the price agreed on. */
export function ConfirmPromotionDialog({ request, opened, onClose }: ConfirmPromotionDialogProps) {
  const { t } = useTranslation();
  const confirm = useConfirmPromotion(request.id);
  const [startsOn, setStartsOn] = useState(todayInKring());
  const [price, setPrice] = useState('');
  const [tried, setTried] = useState(false);
  const fee = request.package === 'fee';
  const cents = fee ? parseEuros(price) : null;
  const priceWrong = fee && (cents === null || cents < FEE_MINIMUM_CENTS);
  const close = () => {
    setTried(false);
    setPrice('');
    confirm.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!startsOn || priceWrong) return;
    confirm.mutate({ starts_on: startsOn, price_cents: fee ? cents : null }, { onSuccess: close });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('promotions.confirmDialog.title')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t('promotions.confirmDialog.what', {
              name: request.provider_name,
              package: t(`promotions.packages.${request.package}`),
            })}
          </Text>
          <TextInput
            id="promotion-starts-on"
            type="date"
            label={t('promotions.confirmDialog.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            error={tried && !startsOn ? t('promotions.confirmDialog.startsOnRequired') : undefined}
            required
          />
          {fee ? (
            <TextInput
              id="promotion-price"
              label={t('promotions.confirmDialog.price')}
              description={t('promotions.confirmDialog.priceHelp')}
              value={price}
              onChange={(event) => setPrice(event.currentTarget.value)}
              inputMode="decimal"
              leftSection="€"
              error={tried && priceWrong ? t('promotions.confirmDialog.priceWrong') : undefined}
              required
            />
          ) : null}
          <DialogFooter
            confirmLabel={t('promotions.confirm')}
            error={confirm.isError ? errorMessage(confirm.error, t) : null}
            loading={confirm.isPending}
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
