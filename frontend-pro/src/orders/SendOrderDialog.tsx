import { ErrorSummary, summaryFieldErrors, useFormSubmit, useZodForm } from '@kring/common';
import { Button, Checkbox, CloseButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SEND_ALSO_TO_MAX, useSendOrder, type Order } from '../api/orders';
import { useActiveMember } from '../members/ActiveMember';

type T = (key: string, options?: Record<string, unknown>) => string;

/** To myself and/or up to three other addresses, at least one of the two. */
export function sendSchema(t: T) {
  return z
    .object({
      to_self: z.boolean(),
      also_to: z
        .array(
          z.object({
            address: z
              .string()
              .trim()
              .min(1, t('orders.send.errors.empty'))
              .max(254, t('orders.errors.tooLong', { max: 254 }))
              .refine((value) => z.email().safeParse(value).success, t('orders.send.errors.email')),
          }),
        )
        .max(SEND_ALSO_TO_MAX, t('orders.send.errors.tooMany', { max: SEND_ALSO_TO_MAX })),
    })
    .refine((values) => values.to_self || values.also_to.length > 0, {
      path: ['to_self'],
      message: t('orders.send.errors.nobody'),
    });
}

const SEND_FIELDS = [
  'to_self',
  ...Array.from({ length: SEND_ALSO_TO_MAX }, (_, index) => `also_to.${index}.address` as const),
] as const;

/** The API names an address `also_to.1`; the form's input is `also_to.1.address`. */
const renameAddress = (field: string) => field.replace(/^(also_to\.\d+)$/, '$1.address');

export interface SendOrderDialogProps {
  order: Pick<Order, 'id' | 'number'>;
  opened: boolean;
  onClose: () => void;
  /** The API took it (202): to whom it goes. */
  onSent: (recipients: string[]) => void;
}

/**
 * "Send the request": the order's PDF by e-mail to myself (checked) and optionally to up to three
 * other addresses (a colleague or another stakeholder). Too many sends in an hour (429) says how
 * many minutes to wait.
 */
export function SendOrderDialog({ order, opened, onClose, onSent }: SendOrderDialogProps) {
  const { t } = useTranslation();
  const { me } = useActiveMember();
  const send = useSendOrder(order.id);
  const schema = useMemo(() => sendSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { to_self: true, also_to: [] },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const addresses = useFieldArray({ control: form.control, name: 'also_to' });
  // On a phone the dialog takes the whole screen, so the addresses and buttons have room.
  const phone = useMediaQuery('(max-width: 30em)');
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    SEND_FIELDS,
    async (values) => {
      const result = await send.mutateAsync({
        to_self: values.to_self,
        also_to: values.also_to.map((item) => item.address.trim()),
      });
      onSent(result.recipients);
      close();
    },
    {
      rename: renameAddress,
      rateLimitMessage: (minutes) =>
        minutes === undefined
          ? t('orders.send.rateLimitedSoon')
          : t('orders.send.rateLimited', { count: minutes }),
    },
  );
  const errors = form.formState.errors;
  const summary = [
    { name: 'to_self' as const, id: 'send-to-self', label: t('orders.send.recipients') },
    ...addresses.fields.map((_, index) => ({
      name: `also_to.${index}.address` as const,
      id: `send-also-to-${index}`,
      label: t('orders.send.address', { number: index + 1 }),
    })),
  ];
  function close() {
    form.reset({ to_self: true, also_to: [] });
    onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('orders.send.title', { number: order.number })}
      centered
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('orders.send.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('orders.send.lead')}</Text>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <Controller
            control={form.control}
            name="to_self"
            render={({ field }) => (
              <Checkbox
                id="send-to-self"
                label={t('orders.send.toSelf', { email: me.email })}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                error={errors.to_self?.message}
              />
            )}
          />
          <Stack gap="xs">
            <Text size="sm" fw={600} id="send-also-to-label">
              {t('orders.send.alsoTo')}
            </Text>
            <Text size="sm" c="dark.5">
              {t('orders.send.alsoToHint', { max: SEND_ALSO_TO_MAX })}
            </Text>
            {addresses.fields.map((field, index) => (
              <TextInput
                key={field.id}
                id={`send-also-to-${index}`}
                type="email"
                label={t('orders.send.address', { number: index + 1 })}
                autoComplete="email"
                {...form.register(`also_to.${index}.address`)}
                error={errors.also_to?.[index]?.address?.message}
                rightSectionPointerEvents="all"
                rightSection={
                  <CloseButton
                    aria-label={t('orders.send.remove', { number: index + 1 })}
                    onClick={() => addresses.remove(index)}
                  />
                }
              />
            ))}
            {addresses.fields.length < SEND_ALSO_TO_MAX ? (
              <Button
                variant="subtle"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => addresses.append({ address: '' })}
              >
                {t('orders.send.add')}
              </Button>
            ) : (
              <Text size="sm" c="dark.5" data-testid="send-max">
                {t('orders.send.max', { max: SEND_ALSO_TO_MAX })}
              </Text>
            )}
          </Stack>
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('orders.send.submit')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('orders.send.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
