import { isApiProblem } from '@kring/client';
import {
  ErrorSummary,
  FormMessage,
  summaryFieldErrors,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Alert, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAmendOrder } from '../api/orderSigning';
import type { StaffOrder } from '../api/orders';
import { DialogFooter } from '../components/DialogFooter';
import {
  AMEND_FIELDS,
  amendBody,
  amendFormValues,
  amendSchema,
  hasDescription,
  isSignedWlz,
  type AmendField,
} from './amendOrder';

export interface AmendOrderDialogProps {
  order: StaffOrder;
  opened: boolean;
  onClose: () => void;
  /** After the API took the change: the order as it is now. */
  onAmended: (order: StaffOrder) => void;
}

/**
 * The branch corrects what is asked: the desired date, the contact on site, what is to be
 * repaired or adjusted, the notes. Only what changed is sent; a signed Wlz order must then be
 * signed again.
 */
export function AmendOrderDialog(props: AmendOrderDialogProps) {
  // A new form each time the dialog opens, from the order as it is now.
  return props.opened ? <AmendForm {...props} /> : null;
}

function AmendForm({ order, onClose, onAmended }: AmendOrderDialogProps) {
  const { t } = useTranslation();
  const amend = useAmendOrder(order.id);
  const schema = useMemo(() => amendSchema(t, order), [t, order]);
  const form = useZodForm(schema, {
    defaultValues: amendFormValues(order),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, AMEND_FIELDS, async (values) => {
    const body = amendBody(values, order);
    if (Object.keys(body).length === 0) throw new FormMessage(t('order.amend.nothing'));
    try {
      onAmended(await amend.mutateAsync(body));
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        throw new FormMessage(
          t('order.amend.conflict', { reason: error.detail ?? t('order.change.conflictNone') }),
        );
      }
      throw error;
    }
    onClose();
  });
  const { errors, isSubmitting } = form.formState;
  const describe = hasDescription(order);
  const shown = AMEND_FIELDS.filter((field) => field !== 'description' || describe);
  const id = (field: AmendField) => `order-amend-${field.replace(/_/g, '-')}`;
  const label = (field: AmendField) => t(`order.amend.fields.${field}`);
  const summary = shown.map((name) => ({ name, id: id(name), label: label(name) }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('order.amend.title', { number: order.number })}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {isSignedWlz(order) ? (
            <Alert color="orange" variant="light" data-testid="amend-resign">
              {t('order.amend.resign')}
            </Alert>
          ) : null}
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <TextInput
            id={id('desired_date')}
            type="date"
            label={label('desired_date')}
            required
            maw={260}
            data-autofocus
            {...form.register('desired_date')}
            error={errors.desired_date?.message}
          />
          <TextInput
            id={id('contact_name')}
            label={label('contact_name')}
            description={t('order.amend.contactHelp')}
            required
            maxLength={200}
            autoComplete="off"
            {...form.register('contact_name')}
            error={errors.contact_name?.message}
          />
          <TextInput
            id={id('contact_phone')}
            type="tel"
            label={label('contact_phone')}
            required
            maxLength={30}
            maw={260}
            autoComplete="off"
            {...form.register('contact_phone')}
            error={errors.contact_phone?.message}
          />
          {describe ? (
            <Textarea
              id={id('description')}
              label={label('description')}
              required
              rows={3}
              maxLength={1000}
              {...form.register('description')}
              error={errors.description?.message}
            />
          ) : null}
          <Textarea
            id={id('notes')}
            label={label('notes')}
            description={t('order.amend.notesHelp')}
            rows={3}
            maxLength={1000}
            {...form.register('notes')}
            error={errors.notes?.message}
          />
          <DialogFooter
            confirmLabel={t('order.amend.submit')}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
