import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorSummary,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { REASON_MAX, useRefuseOrder, type Refusal } from '../api/signing';
import type { Order } from '../api/orders';

type T = (key: string, options?: Record<string, unknown>) => string;

export function refuseSchema(t: T) {
  return z.object({
    reason: z
      .string()
      .trim()
      .min(1, t('orders.refuse.errors.empty'))
      .max(REASON_MAX, t('orders.errors.tooLong', { max: REASON_MAX })),
  });
}

const FIELDS = ['reason'] as const;

export interface RefuseDialogProps {
  order: Pick<Order, 'id' | 'number'>;
  opened: boolean;
  onClose: () => void;
  /** The API took the refusal (201). */
  onRefused: (refusal: Refusal) => void;
}

/**
 * "Weigeren": refuse to sign an order, saying why. The branch is told and gets in touch; the
 * order stays on the signing list, marked refused, until the branch has dealt with it.
 */
export function RefuseDialog({ order, opened, onClose, onRefused }: RefuseDialogProps) {
  const { t } = useTranslation();
  const refuse = useRefuseOrder(order.id);
  const schema = useMemo(() => refuseSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { reason: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const phone = useMediaQuery('(max-width: 30em)');
  const fieldId = `refuse-reason-${order.id}`;
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    const refusal = await refuse.mutateAsync({ reason: values.reason.trim() });
    form.reset({ reason: '' });
    onRefused(refusal);
  });
  const errors = form.formState.errors;
  function close() {
    form.reset({ reason: '' });
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('orders.refuse.title', { number: order.number })}
      centered
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('orders.refuse.cancel') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('orders.refuse.lead')}</Text>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, [
              { name: 'reason', id: fieldId, label: t('orders.refuse.reason') },
            ])}
            attempt={attempt}
          />
          <Textarea
            id={fieldId}
            label={t('orders.refuse.reason')}
            inputWrapperOrder={COUNTER_BELOW}
            description={
              <CharacterCount
                value={reason}
                max={REASON_MAX}
                hint={t('orders.refuse.reasonHint')}
              />
            }
            rows={5}
            withAsterisk
            {...form.register('reason')}
            error={errors.reason?.message}
          />
          <Group gap="sm">
            <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
              {t('orders.refuse.submit')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('orders.refuse.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
