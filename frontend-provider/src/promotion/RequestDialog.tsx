import {
  FormErrors,
  useFormSubmit,
  useZodForm,
  CharacterCount,
  COUNTER_BELOW,
} from '@kring/common';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  MAX_PROMOTION_MESSAGE,
  useRequestPackage,
  type PromotionPackage,
  type PromotionRequest,
} from '../api/promotion';

const FIELDS = ['message'] as const;

function messageSchema(tooLong: string) {
  return z.object({ message: z.string().trim().max(MAX_PROMOTION_MESSAGE, tooLong) });
}

export interface RequestDialogProps {
  /** The package asked for; `null` closes the dialog. */
  pack: PromotionPackage | null;
  onClose: () => void;
  onRequested: (request: PromotionRequest) => void;
}

/**
 * Asking for a package: an optional message to Kring (when to call, what to talk about). The
 * API's refusal (not live, a request already waiting) is shown in the dialog.
 */
export function RequestDialog({ pack, onClose, onRequested }: RequestDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={pack !== null}
      onClose={onClose}
      title={pack ? t('promotion.dialog.title', { name: pack.name }) : ''}
      centered
      closeButtonProps={{ 'aria-label': t('promotion.dialog.close') }}
      size="lg"
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {pack ? <RequestForm pack={pack} onClose={onClose} onRequested={onRequested} /> : null}
    </Modal>
  );
}

function RequestForm({
  pack,
  onClose,
  onRequested,
}: {
  pack: PromotionPackage;
  onClose: () => void;
  onRequested: (request: PromotionRequest) => void;
}) {
  const { t } = useTranslation();
  const requestPackage = useRequestPackage();
  const schema = useMemo(
    () => messageSchema(t('promotion.dialog.tooLong', { max: MAX_PROMOTION_MESSAGE })),
    [t],
  );
  const form = useZodForm(schema, { defaultValues: { message: '' } });
  const message = useWatch({ control: form.control, name: 'message' });
  const { onSubmit, formErrors } = useFormSubmit(form, FIELDS, async (values) => {
    onRequested(
      await requestPackage.mutateAsync({ package: pack.package, message: values.message }),
    );
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('promotion.dialog.lead')}</Text>
        <FormErrors messages={formErrors} />
        <Textarea
          id="promotion-message"
          label={t('promotion.dialog.message')}
          rows={4}
          resize="vertical"
          inputWrapperOrder={COUNTER_BELOW}
          description={
            <CharacterCount
              value={message}
              max={MAX_PROMOTION_MESSAGE}
              hint={t('promotion.dialog.messageHint')}
            />
          }
          {...form.register('message')}
          error={errors.message?.message}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('promotion.dialog.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('promotion.dialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
