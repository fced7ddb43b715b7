import { isApiProblem } from '@kring/client';
import {
  ErrorSummary,
  FormMessage,
  summaryFieldErrors,
  todayInKring,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Alert, Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { orderKeys } from '../api/keys';
import { useChangeOrderStatus, type OrderStatus, type StaffOrder } from '../api/orders';
import { SectionCard } from '../components/SectionCard';
import {
  DATED,
  STATUS_CHANGE_FIELDS,
  statusChangeBody,
  statusChangeSchema,
  yearAhead,
  type StatusChangeValues,
} from './statusChange';

/**
 * The branch's next step with an order: only the statuses the API offers now, the day it
 * records (planned: today or later; happened: not in the future) and a note. There is no
 * cancel: an order is never cancelled in Kring.
 */
export function StatusChangeForm({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<OrderStatus | null>(null);
  if (order.next_statuses.length === 0) {
    return (
      <SectionCard id="order-change" title={t('order.change.title')}>
        {done ? <Done status={done} /> : null}
        <Text size="sm">{t(`order.change.${noStepReason(order)}`)}</Text>
      </SectionCard>
    );
  }
  return (
    <SectionCard id="order-change" title={t('order.change.title')} lead={t('order.change.lead')}>
      {done ? <Done status={done} /> : null}
      {/* A new form for each state of the order: its choices are the statuses offered now. */}
      <ChangeForm key={order.status + order.history.length} order={order} onDone={setDone} />
    </SectionCard>
  );
}

/**
 * Why there is no step: the order is done, or (a rental out with a pickup order open) its pickup
 * is recorded on the pickup order, which ends the rental too.
 */
function noStepReason(order: StaffOrder): 'final' | 'pickupOrder' | 'none' {
  if (FINAL.includes(order.status)) return 'final';
  if (order.kind === 'rental' && (order.status === 'delivered' || order.status === 'ended')) {
    return 'pickupOrder';
  }
  return 'none';
}

/** The statuses after which nothing follows (a rental goes on after its delivery). */
const FINAL: readonly OrderStatus[] = ['repaired', 'adjusted', 'picked_up'];

function Done({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return (
    <Alert color="kringTeal" variant="light" role="status">
      {t('order.change.done', { status: t(`orders.status.${status}`) })}
    </Alert>
  );
}

function ChangeForm({ order, onDone }: { order: StaffOrder; onDone: (s: OrderStatus) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const change = useChangeOrderStatus(order.id);
  // Today taken once: the rules do not move under someone filling in the form at midnight.
  const [today] = useState(() => todayInKring());
  const schema = useMemo(
    () => statusChangeSchema(t, { order, today, formatDay: format.day }),
    [t, order, today, format],
  );
  const only = order.next_statuses.length === 1 ? order.next_statuses[0] : undefined;
  const form = useZodForm(schema, {
    defaultValues: { status: only ?? '', on_date: '', note: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    STATUS_CHANGE_FIELDS,
    async (values) => {
      const body = statusChangeBody(values as StatusChangeValues);
      try {
        await change.mutateAsync(body);
      } catch (error) {
        if (isApiProblem(error) && error.status === 409) {
          // The order moved on, or a rule stops this step (a Wlz order not signed): say why,
          // and read the order again for the steps that fit now.
          void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) });
          throw new FormMessage(
            t('order.change.conflict', { reason: error.detail ?? t('order.change.conflictNone') }),
          );
        }
        throw error;
      }
      onDone(body.status);
    },
  );
  const { errors, isSubmitting } = form.formState;
  const status = form.watch('status') as OrderStatus | '';
  const dated = status ? DATED[status] : undefined;
  const summary = [
    { name: 'status' as const, id: 'order-change-status', label: t('order.change.status') },
    {
      name: 'on_date' as const,
      id: 'order-change-date',
      label: status && dated ? t(`order.change.dateLabel.${status}`) : t('order.change.date'),
    },
    { name: 'note' as const, id: 'order-change-note', label: t('order.change.note') },
  ];
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, summary)}
          attempt={attempt}
        />
        {order.action_required ? (
          <Alert color="orange" variant="light">
            {t('order.change.unsigned')}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Radio.Group
              id="order-change-status"
              label={t('order.change.status')}
              description={t('order.change.statusHelp', {
                status: t(`orders.status.${order.status}`),
              })}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                form.clearErrors('on_date');
              }}
              error={errors.status?.message}
              required
            >
              <Stack gap="xs" mt="xs">
                {order.next_statuses.map((next) => (
                  <Radio
                    key={next}
                    value={next}
                    label={t(`orders.status.${next}`)}
                    description={t(`order.change.what.${next}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {status && dated ? (
          <TextInput
            id="order-change-date"
            type="date"
            label={t(`order.change.dateLabel.${status}`)}
            description={
              dated === 'planned' ? t('order.change.plannedHelp') : t('order.change.happenedHelp')
            }
            min={dated === 'planned' ? today : undefined}
            max={dated === 'happened' ? today : yearAhead(today)}
            required
            maw={260}
            {...form.register('on_date')}
            error={errors.on_date?.message}
          />
        ) : null}
        <Textarea
          id="order-change-note"
          label={t('order.change.note')}
          description={t('order.change.noteHelp')}
          rows={3}
          maxLength={1000}
          {...form.register('note')}
          error={errors.note?.message}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('order.change.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
