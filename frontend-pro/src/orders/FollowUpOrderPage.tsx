import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorSummary,
  summaryFieldErrors,
  todayInKring,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Stack, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { TEXT_MAX, usePlaceOrder } from '../api/orders';
import { RequireMember } from '../members/ActiveMember';
import NotFoundPage from '../pages/NotFoundPage';
import { orderPlacedPath } from '../paths';
import { ContactFields, fieldError, FormSection, WhenFields } from './formParts';
import { OrderFormFooter, OrderFormFrame } from './OrderFormFrame';
import {
  emptyFollowUp,
  FOLLOW_UP_FIELDS,
  FOLLOW_UP_KINDS,
  followUpBody,
  followUpSchema,
  orderFieldId,
  withoutKind,
  type FollowUpKind,
} from './orderForms';
import { useOrderOrganisations } from './organisations';
import { RentalChooser } from './RentalChooser';

/** The form for a repair, an adjustment or a pickup of a rental outstanding. */
export default function FollowUpOrderPage() {
  const { kind } = useParams();
  const followUp = FOLLOW_UP_KINDS.find((candidate) => candidate === kind);
  if (!followUp) return <NotFoundPage />;
  return (
    <RequireMember>
      <OrderFormFrame kind={followUp}>
        <FollowUpForm key={followUp} kind={followUp} />
      </OrderFormFrame>
    </RequireMember>
  );
}

function FollowUpForm({ kind }: { kind: FollowUpKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const place = usePlaceOrder();
  const organisations = useOrderOrganisations();
  const today = todayInKring();
  const schema = useMemo(() => followUpSchema(t, today, kind), [t, today, kind]);
  const form = useZodForm(schema, {
    defaultValues: emptyFollowUp(params.get('rental') ?? ''),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    FOLLOW_UP_FIELDS,
    async (values) => {
      const order = await place.mutateAsync(followUpBody(kind, values));
      void navigate(orderPlacedPath(order.id));
    },
    { rename: withoutKind },
  );
  const description = useWatch({ control: form.control, name: 'description' });
  const labels: Record<(typeof FOLLOW_UP_FIELDS)[number], string> = {
    rental_order_id: t('orders.fields.rental'),
    description: t(`orders.followUp.description.${kind}`),
    'contact.name': t('orders.fields.contactName'),
    'contact.phone': t('orders.fields.contactPhone'),
    desired_date: t('orders.fields.desiredDate'),
    notes: t('orders.fields.notes'),
  };
  const summary = FOLLOW_UP_FIELDS.map((name) => ({
    name,
    id: orderFieldId(name),
    label: labels[name],
  }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(form.formState.errors, summary)}
          attempt={attempt}
        />
        <FormSection
          id="order-section-rental"
          title={t('orders.followUp.rentalTitle')}
          lead={t('orders.followUp.rentalLead')}
        >
          <Controller
            control={form.control}
            name="rental_order_id"
            render={({ field }) => (
              <RentalChooser
                value={field.value}
                onChange={field.onChange}
                error={fieldError(form, 'rental_order_id')}
                showOrganisation={organisations.several}
              />
            )}
          />
        </FormSection>
        <FormSection id="order-section-description" title={t(`orders.followUp.what.${kind}`)}>
          <Textarea
            inputWrapperOrder={COUNTER_BELOW}
            id={orderFieldId('description')}
            label={t(`orders.followUp.description.${kind}`)}
            required={kind !== 'pickup'}
            description={
              <CharacterCount
                value={description}
                max={TEXT_MAX}
                hint={t(`orders.followUp.descriptionHint.${kind}`)}
              />
            }
            rows={4}
            {...form.register('description')}
            error={fieldError(form, 'description')}
          />
        </FormSection>
        <ContactFields form={form} />
        <WhenFields form={form} />
        <OrderFormFooter
          branch={organisations.active?.supplier_branch}
          submitting={form.formState.isSubmitting}
        />
      </Stack>
    </form>
  );
}
