import { isApiProblem } from '@kring/client';
import {
  ErrorSummary,
  FormMessage,
  summaryFieldErrors,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  REFUSAL_OUTCOMES,
  useClearRefusal,
  useRefreshSigning,
  type RefusalOutcome,
  type StaffRefusal,
} from '../api/orderSigning';
import { DialogFooter } from '../components/DialogFooter';

const NOTE_MAX = 1000;
const FIELDS = ['outcome', 'note'] as const;

/** What the dialog needs to know of the refusal it clears. */
export interface RefusalToClear {
  id: string;
  order_id: string;
  order_number: string;
  refused_by_name: string;
  refused_at: string;
  reason: string;
}

export interface ClearRefusalDialogProps {
  /** The refusal to clear; none: the dialog is closed. */
  refusal: RefusalToClear | null;
  onClose: () => void;
  /** After the API cleared it: the refusal as it is now. */
  onCleared?: (refusal: StaffRefusal) => void;
}

type T = (key: string, options?: Record<string, unknown>) => string;

function clearSchema(t: T) {
  return z.object({
    outcome: z.string().refine((value) => REFUSAL_OUTCOMES.includes(value as RefusalOutcome), {
      message: t('refusals.clear.errors.outcome'),
    }),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, t('refusals.clear.errors.noteTooLong', { max: NOTE_MAX })),
  });
}

/**
 * The branch handles a refused signature: the order goes back to the care professional to sign,
 * or off the signing list (e.g. it is cancelled by phone). A 409 says a colleague was first.
 */
export function ClearRefusalDialog(props: ClearRefusalDialogProps) {
  // A new form each time the dialog opens.
  return props.refusal ? <ClearForm {...props} refusal={props.refusal} /> : null;
}

function ClearForm({
  refusal,
  onClose,
  onCleared,
}: ClearRefusalDialogProps & { refusal: RefusalToClear }) {
  const { t } = useTranslation();
  const format = useFormat();
  const clear = useClearRefusal();
  const refresh = useRefreshSigning();
  const schema = useMemo(() => clearSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: { outcome: '', note: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELDS, async (values) => {
    try {
      const cleared = await clear.mutateAsync({
        refusalId: refusal.id,
        body: { outcome: values.outcome as RefusalOutcome, note: values.note },
      });
      onCleared?.(cleared);
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        // A colleague cleared it first (or the order changed): the list and the order reload.
        refresh(refusal.order_id);
        throw new FormMessage(t('refusals.clear.conflict'));
      }
      throw error;
    }
    onClose();
  });
  const { errors, isSubmitting } = form.formState;
  const summary = [
    { name: 'outcome' as const, id: 'refusal-outcome', label: t('refusals.clear.outcome') },
    { name: 'note' as const, id: 'refusal-note', label: t('refusals.clear.note') },
  ];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('refusals.clear.title', { number: refusal.order_number })}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Stack gap={2}>
            <Text size="sm">
              {t('refusals.clear.refusedBy', {
                name: refusal.refused_by_name,
                when: format.dateTime(refusal.refused_at),
              })}
            </Text>
            <Text
              size="sm"
              fs="italic"
              style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
            >
              “{refusal.reason}”
            </Text>
          </Stack>
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, summary)}
            attempt={attempt}
          />
          <Controller
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <Radio.Group
                id="refusal-outcome"
                label={t('refusals.clear.outcome')}
                value={field.value}
                onChange={field.onChange}
                error={errors.outcome?.message}
                required
              >
                <Stack gap="xs" mt="xs">
                  {REFUSAL_OUTCOMES.map((outcome) => (
                    <Radio
                      key={outcome}
                      value={outcome}
                      label={t(`refusals.clear.choice.${outcome}`)}
                      description={t(`refusals.clear.what.${outcome}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea
            id="refusal-note"
            label={t('refusals.clear.note')}
            description={t('refusals.clear.noteHelp', { max: NOTE_MAX })}
            rows={3}
            maxLength={NOTE_MAX}
            {...form.register('note')}
            error={errors.note?.message}
          />
          <DialogFooter
            confirmLabel={t('refusals.clear.submit')}
            loading={isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
