import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorState,
  ErrorSummary,
  LoadingState,
  RequireLogin,
  summaryFieldErrors,
  useDocumentTitle,
  useFormat,
  useFormSubmit,
  useZodForm,
} from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Group,
  Input,
  List,
  SegmentedControl,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  usePartnerAccess,
  useRequestPartnerAccess,
  type PartnerAccessRequest,
} from '../api/partnerAccess';
import {
  partnerAccessSchema,
  REASON_MAX,
  type PartnerAccessInput,
} from '../partnerAccess/partnerAccessSchema';

/** Partner access: ask to arrange help for others, and follow Kring's answer (48 hours). */
export default function PartnerAccessPage() {
  return (
    <RequireLogin>
      <PartnerAccess />
    </RequireLogin>
  );
}

function PartnerAccess() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerAccess.documentTitle'), t('app.name'));
  const access = usePartnerAccess();
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      {access.isPending ? (
        <LoadingState />
      ) : access.isError ? (
        <ErrorState error={access.error} onRetry={() => void access.refetch()} />
      ) : access.data.standing === 'accepted' ? (
        <Accepted latest={access.data.latest} />
      ) : access.data.standing === 'requested' && access.data.latest ? (
        <Waiting request={access.data.latest} />
      ) : (
        <>
          <Stack gap="xs">
            <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
              {t('partnerAccess.title')}
            </Title>
            <Text size="lg">{t('partnerAccess.lead')}</Text>
          </Stack>
          <HowItWorks />
          {access.data.standing === 'refused' && access.data.latest?.refusal_reason ? (
            <Alert color="kringClay" variant="light" title={t('partnerAccess.refused.title')}>
              <Stack gap={6}>
                <Text size="sm">{t('partnerAccess.refused.body')}</Text>
                <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
                  {access.data.latest.refusal_reason}
                </Text>
                <Text size="sm">{t('partnerAccess.refused.again')}</Text>
              </Stack>
            </Alert>
          ) : null}
          <AccessForm />
        </>
      )}
    </Stack>
  );
}

function HowItWorks() {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
    >
      <Title order={2} size="h4" c="kringTeal.9" mb="xs">
        {t('partnerAccess.how.title')}
      </Title>
      <List type="ordered" spacing={6} c="kringTeal.9">
        <List.Item>{t('partnerAccess.how.ask')}</List.Item>
        <List.Item>{t('partnerAccess.how.check')}</List.Item>
        <List.Item>{t('partnerAccess.how.dossiers')}</List.Item>
      </List>
    </Card>
  );
}

const EMPTY: PartnerAccessInput = {
  organisation_name: '',
  country: 'NL',
  registration_number: '',
  job_title: '',
  work_email: '',
  work_phone: '',
  reason: '',
};

function AccessForm() {
  const { t } = useTranslation();
  const schema = useMemo(() => partnerAccessSchema(t), [t]);
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const { register, control } = form;
  const errors = form.formState.errors;
  const ask = useRequestPartnerAccess();
  const reason = useWatch({ control, name: 'reason' });
  const country = useWatch({ control, name: 'country' });
  const { isSubmitted } = form.formState;
  const { trigger } = form;
  // The number's rule depends on the country: check it again once it has been shown.
  useEffect(() => {
    if (isSubmitted) void trigger('registration_number');
  }, [country, isSubmitted, trigger]);

  const fields = [
    {
      name: 'organisation_name',
      id: 'access-organisation',
      label: t('partnerAccess.organisation.label'),
    },
    { name: 'country', id: 'access-country', label: t('partnerAccess.country.label') },
    { name: 'registration_number', id: 'access-number', label: t('partnerAccess.number.label') },
    { name: 'job_title', id: 'access-job-title', label: t('partnerAccess.jobTitle.label') },
    { name: 'work_email', id: 'access-email', label: t('partnerAccess.email.label') },
    { name: 'work_phone', id: 'access-phone', label: t('partnerAccess.phone.label') },
    { name: 'reason', id: 'access-reason', label: t('partnerAccess.reason.label') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      await ask.mutateAsync({
        organisation_name: values.organisation_name,
        country: values.country,
        registration_number: values.registration_number || null,
        job_title: values.job_title,
        work_email: values.work_email,
        work_phone: values.work_phone,
        reason: values.reason,
      });
    },
  );

  return (
    <Card withBorder padding="lg" component="form" onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('partnerAccess.formTitle')}
        </Title>
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <TextInput
          id="access-organisation"
          label={t('partnerAccess.organisation.label')}
          placeholder={t('partnerAccess.organisation.placeholder')}
          autoComplete="organization"
          required
          error={errors.organisation_name?.message}
          {...register('organisation_name')}
        />
        <Controller
          control={control}
          name="country"
          render={({ field }) => (
            <Input.Wrapper
              label={t('partnerAccess.country.label')}
              labelElement="div"
              labelProps={{ id: 'access-country-label' }}
            >
              <SegmentedControl
                id="access-country"
                aria-labelledby="access-country-label"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'NL', label: t('partnerAccess.country.NL') },
                  { value: 'BE', label: t('partnerAccess.country.BE') },
                ]}
                fullWidth
                mt={4}
              />
            </Input.Wrapper>
          )}
        />
        <TextInput
          id="access-number"
          label={t('partnerAccess.number.label')}
          description={t(
            country === 'BE' ? 'partnerAccess.number.hintBE' : 'partnerAccess.number.hintNL',
          )}
          inputMode="numeric"
          autoComplete="off"
          error={errors.registration_number?.message}
          {...register('registration_number')}
        />
        <TextInput
          id="access-job-title"
          label={t('partnerAccess.jobTitle.label')}
          placeholder={t('partnerAccess.jobTitle.placeholder')}
          autoComplete="organization-title"
          required
          error={errors.job_title?.message}
          {...register('job_title')}
        />
        <TextInput
          id="access-email"
          type="email"
          label={t('partnerAccess.email.label')}
          description={t('partnerAccess.email.hint')}
          autoComplete="work email"
          required
          error={errors.work_email?.message}
          {...register('work_email')}
        />
        <TextInput
          id="access-phone"
          type="tel"
          label={t('partnerAccess.phone.label')}
          description={t('partnerAccess.phone.hint')}
          autoComplete="work tel"
          required
          error={errors.work_phone?.message}
          {...register('work_phone')}
        />
        <Textarea
          id="access-reason"
          label={t('partnerAccess.reason.label')}
          placeholder={t('partnerAccess.reason.placeholder')}
          required
          rows={4}
          resize="vertical"
          inputWrapperOrder={COUNTER_BELOW}
          description={<CharacterCount value={reason} max={REASON_MAX} />}
          error={errors.reason?.message}
          {...register('reason')}
        />
        <Group justify="flex-end" mt="sm">
          <Button
            type="submit"
            size="md"
            color="kringClay.7"
            loading={form.formState.isSubmitting}
            w={{ base: '100%', xs: 'auto' }}
          >
            {t('partnerAccess.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function useFocusedHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}

function Waiting({ request }: { request: PartnerAccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusedHeading();
  return (
    <>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} ref={heading} tabIndex={-1}>
          {t('partnerAccess.waiting.title')}
        </Title>
        <Text size="lg" data-testid="access-deadline">
          {t('partnerAccess.waiting.lead', { deadline: format.deadline(request.deadline_at) })}
        </Text>
      </Stack>
      <Card withBorder padding="lg">
        <Stepper
          active={1}
          orientation="vertical"
          size="sm"
          color="kringTeal.7"
          allowNextStepsSelect={false}
          aria-label={t('partnerAccess.steps.label')}
        >
          <Stepper.Step
            label={t('partnerAccess.steps.sent')}
            description={format.moment(request.requested_at)}
          />
          <Stepper.Step
            label={t('partnerAccess.steps.check')}
            description={t('partnerAccess.steps.checkBy', {
              deadline: format.deadline(request.deadline_at),
            })}
            loading
          />
          <Stepper.Step
            label={t('partnerAccess.steps.answer')}
            description={t('partnerAccess.steps.answerBy')}
          />
        </Stepper>
      </Card>
      <Sent request={request} />
    </>
  );
}

function Sent({ request }: { request: PartnerAccessRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    [t('partnerAccess.organisation.label'), request.organisation_name],
    [t('partnerAccess.number.label'), request.registration_number ?? '–'],
    [t('partnerAccess.jobTitle.label'), request.job_title],
    [t('partnerAccess.email.label'), request.work_email],
    [t('partnerAccess.phone.label'), format.phone(request.work_phone)],
    [t('partnerAccess.reason.label'), request.reason],
  ] as const;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="access-sent">
      <Title id="access-sent" order={2} size="h4" mb="sm">
        {t('partnerAccess.waiting.sent')}
      </Title>
      <Stack gap="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
              {value}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function Accepted({ latest }: { latest: PartnerAccessRequest | null }) {
  const { t } = useTranslation();
  const heading = useFocusedHeading();
  return (
    <Card
      withBorder
      padding="lg"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-2)' }}
    >
      <Stack gap="sm">
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} ref={heading} tabIndex={-1}>
          {t('partnerAccess.accepted.title')}
        </Title>
        <Text size="lg">
          {latest
            ? t('partnerAccess.accepted.body', { organisation: latest.organisation_name })
            : t('partnerAccess.accepted.bodyPlain')}
        </Text>
        <Text>{t('partnerAccess.accepted.next')}</Text>
      </Stack>
    </Card>
  );
}
