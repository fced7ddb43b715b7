import {
  ErrorState,
  ErrorSummary,
  LoadingState,
  summaryFieldErrors,
  todayInKring,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import { Alert, NativeSelect, Radio, Stack, Switch } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  usePlaceOrder,
  useRentalDevices,
  type Device,
  type OrderingOrganisation,
} from '../api/orders';
import { RequireMember, useActiveMember } from '../members/ActiveMember';
import { orderPlacedPath } from '../paths';
import { BranchCard } from './BranchCard';
import { DevicePicker } from './DevicePicker';
import {
  AddressFields,
  ContactFields,
  FieldInput,
  fieldError,
  FormSection,
  HINT_BELOW,
  WhenFields,
} from './formParts';
import { OrderFormFooter, OrderFormFrame } from './OrderFormFrame';
import {
  emptyRental,
  orderableOrganisations,
  orderFieldId,
  rentalBody,
  rentalSchema,
  RENTAL_FIELDS,
  withoutKind,
} from './orderForms';
import { useOrderOrganisations } from './organisations';

/** The form for a rental: the delivery of an assistive device to a client. */
export default function RentalOrderPage() {
  return (
    <RequireMember>
      <RentalOrder />
    </RequireMember>
  );
}

function RentalOrder() {
  const { t } = useTranslation();
  const { organisationId } = useActiveMember();
  const organisations = useOrderOrganisations();
  const devices = useRentalDevices();
  const orderable = orderableOrganisations(organisations.list, organisationId);
  return (
    <OrderFormFrame kind="rental">
      {organisations.query.isPending || devices.isPending ? (
        <LoadingState />
      ) : organisations.query.isError || devices.isError ? (
        <ErrorState
          error={organisations.query.error ?? devices.error}
          onRetry={() => {
            void organisations.query.refetch();
            void devices.refetch();
          }}
        />
      ) : orderable.length === 0 ? (
        <Stack gap="lg">
          <Alert
            color="kringClay"
            variant="light"
            role="note"
            title={t('orders.form.noOrderingTitle')}
          >
            {t('orders.form.noOrdering')}
          </Alert>
          <BranchCard branch={organisations.active?.supplier_branch} />
        </Stack>
      ) : (
        <RentalForm organisations={orderable} devices={devices.data} />
      )}
    </OrderFormFrame>
  );
}

function RentalForm({
  organisations,
  devices,
}: {
  organisations: OrderingOrganisation[];
  devices: Device[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const place = usePlaceOrder();
  const today = todayInKring();
  const byId = (id: string) => organisations.find((item) => item.organisation_id === id);
  const schema = useMemo(() => {
    const find = (id: string) => organisations.find((item) => item.organisation_id === id);
    return rentalSchema(t, today, {
      hasContract: (id) => find(id)?.ad_contract ?? false,
      devices,
      message: (id) => adContractMessage(t, format.phone, find(id)),
    });
  }, [t, today, organisations, devices, format]);
  const first = organisations[0]?.organisation_id ?? '';
  const form = useZodForm(schema, {
    defaultValues: emptyRental(first),
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    RENTAL_FIELDS,
    async (values) => {
      const order = await place.mutateAsync(rentalBody(values));
      void navigate(orderPlacedPath(order.id));
    },
    { rename: withoutKind },
  );
  const [organisationId, sameAddress] = useWatch({
    control: form.control,
    name: ['organisation_id', 'same_address'],
  });
  const organisation = byId(organisationId);
  const labels: Record<(typeof RENTAL_FIELDS)[number], string> = {
    organisation_id: t('orders.organisation'),
    'client.name': t('orders.fields.clientName'),
    'client.birth_date': t('orders.fields.birthDate'),
    'client.address.street': t('orders.address.clientStreet'),
    'client.address.house_number': t('orders.address.clientHouseNumber'),
    'client.address.house_number_addition': t('orders.address.clientAddition'),
    'client.address.postcode': t('orders.address.clientPostcode'),
    'client.address.city': t('orders.address.clientCity'),
    'delivery_address.street': t('orders.address.deliveryStreet'),
    'delivery_address.house_number': t('orders.address.deliveryHouseNumber'),
    'delivery_address.house_number_addition': t('orders.address.deliveryAddition'),
    'delivery_address.postcode': t('orders.address.deliveryPostcode'),
    'delivery_address.city': t('orders.address.deliveryCity'),
    'contact.name': t('orders.fields.contactName'),
    'contact.phone': t('orders.fields.contactPhone'),
    wlz_indication: t('orders.fields.wlz'),
    device_id: t('orders.fields.device'),
    option_id: t('orders.fields.option'),
    desired_date: t('orders.fields.desiredDate'),
    notes: t('orders.fields.notes'),
  };
  const summary = RENTAL_FIELDS.map((name) => ({
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
        {organisations.length > 1 ? (
          <FormSection id="order-section-organisation" title={t('orders.form.organisationTitle')}>
            <NativeSelect
              inputWrapperOrder={HINT_BELOW}
              id={orderFieldId('organisation_id')}
              label={t('orders.organisation')}
              description={t('orders.form.organisationHint')}
              data={organisations.map((item) => ({
                value: item.organisation_id,
                label: item.name,
              }))}
              {...form.register('organisation_id')}
              error={fieldError(form, 'organisation_id')}
            />
          </FormSection>
        ) : null}
        <FormSection
          id="order-section-client"
          title={t('orders.form.clientTitle')}
          lead={t('orders.form.clientLead')}
        >
          <Stack gap="md">
            <FieldInput
              form={form}
              path="client.name"
              label={t('orders.fields.clientName')}
              required
            />
            <FieldInput
              form={form}
              path="client.birth_date"
              label={t('orders.fields.birthDate')}
              type="date"
              min="1900-01-01"
              max={today}
              required
            />
            <AddressFields form={form} prefix="client.address" />
          </Stack>
        </FormSection>
        <FormSection id="order-section-delivery" title={t('orders.form.deliveryTitle')}>
          <Controller
            control={form.control}
            name="same_address"
            render={({ field }) => (
              <Switch
                id="order-same-address"
                label={t('orders.form.sameAddress')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          {sameAddress ? null : <AddressFields form={form} prefix="delivery_address" />}
        </FormSection>
        <ContactFields form={form} />
        <FormSection id="order-section-device" title={t('orders.form.deviceTitle')}>
          <Controller
            control={form.control}
            name="wlz_indication"
            render={({ field }) => (
              <Radio.Group
                label={t('orders.fields.wlz')}
                description={t('orders.form.wlzHint')}
                inputWrapperOrder={HINT_BELOW}
                required
                value={field.value}
                onChange={field.onChange}
                name={field.name}
                error={fieldError(form, 'wlz_indication')}
              >
                <Stack gap="xs" mt={6}>
                  <Radio
                    id={orderFieldId('wlz_indication')}
                    value="yes"
                    label={t('orders.form.yes')}
                  />
                  <Radio value="no" label={t('orders.form.no')} />
                </Stack>
              </Radio.Group>
            )}
          />
          <DevicePicker
            form={form}
            devices={devices}
            adContract={organisation?.ad_contract ?? false}
            adMessage={adContractMessage(t, format.phone, organisation)}
          />
        </FormSection>
        <WhenFields form={form} />
        <OrderFormFooter
          branch={organisation?.supplier_branch}
          submitting={form.formState.isSubmitting}
        />
      </Stack>
    </form>
  );
}

/** "Your organisation has no AD contract: call your branch <phone>", with the branch's number. */
function adContractMessage(
  t: (key: string, options?: Record<string, unknown>) => string,
  formatPhone: (phone: string) => string,
  organisation: OrderingOrganisation | undefined,
): string {
  const phone = organisation?.supplier_branch?.phone;
  return phone
    ? t('orders.rental.noAdContract', { phone: formatPhone(phone) })
    : t('orders.rental.noAdContractNoPhone');
}
