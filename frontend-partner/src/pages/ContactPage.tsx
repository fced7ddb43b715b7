import {
  ErrorState,
  ErrorSummary,
  LoadingState,
  summaryFieldErrors,
  useDocumentTitle,
  useZodForm,
  useFormSubmit,
  CharacterCount,
  COUNTER_BELOW,
  useFormat,
} from '@kring/common';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  useSendContactRequest,
  usePublicProfile,
  type ContactReceipt,
  type PublicProfile,
} from '../api/providers';
import classes from '../contact/ContactPage.module.css';
import { contactSchema, MESSAGE_MAX, type ContactInput } from '../contact/contactSchema';
import { profilePath } from '../paths';
import { NO_PLACE, PlaceInput } from '../search/PlaceInput';
import NotFoundPage from './NotFoundPage';
import { isUnknownProvider } from './ProviderProfilePage';

/** "Contactgegevens opvragen van …": the contact form of a provider's public profile. */
export default function ContactPage() {
  const { id = '' } = useParams();
  const profile = usePublicProfile(id);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    return isUnknownProvider(profile.error) ? (
      <NotFoundPage />
    ) : (
      <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
    );
  }
  return <Contact profile={profile.data} />;
}

function Contact({ profile }: { profile: PublicProfile }) {
  const [receipt, setReceipt] = useState<ContactReceipt | null>(null);
  return receipt ? (
    <Sent profile={profile} receipt={receipt} />
  ) : (
    <ContactForm profile={profile} onSent={setReceipt} />
  );
}

const EMPTY: ContactInput = {
  name: '',
  email: '',
  phone: '',
  member_number: '',
  location: NO_PLACE,
  for_whom: '',
  message: '',
  website: '',
};

function ContactForm({
  profile,
  onSent,
}: {
  profile: PublicProfile;
  onSent: (receipt: ContactReceipt) => void;
}) {
  const { t } = useTranslation();
  const name = profile.first_name;
  useDocumentTitle(t('contact.documentTitle', { name }), t('app.name'));
  const schema = useMemo(() => contactSchema(t), [t]);
  // The error summary takes the focus after a refused submit, and links to each field.
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const { register, control } = form;
  const errors = form.formState.errors;
  const send = useSendContactRequest(profile.id);
  const message = useWatch({ control, name: 'message' });
  const rateAlert = useRef<HTMLDivElement>(null);

  const fields = [
    { name: 'name', id: 'contact-name', label: t('contact.name.label') },
    { name: 'email', id: 'contact-email', label: t('contact.email.label') },
    { name: 'phone', id: 'contact-phone', label: t('contact.phone.label') },
    { name: 'member_number', id: 'contact-member-number', label: t('contact.memberNumber.label') },
    { name: 'location', id: 'contact-location', label: t('contact.location.label') },
    { name: 'for_whom', id: 'contact-for-whom-self', label: t('contact.forWhom.label') },
    { name: 'message', id: 'contact-message', label: t('contact.message.label', { name }) },
  ] as const;

  const { onSubmit, formErrors, rateLimited, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      const receipt = await send.mutateAsync({
        name: values.name,
        email: values.email,
        phone: values.phone,
        member_number: values.member_number || null,
        location: values.location.text.trim(),
        place_id: values.location.place?.id ?? null,
        for_whom: values.for_whom,
        message: values.message,
        website: values.website,
      });
      onSent(receipt);
    },
    {
      // A place that is not (or no longer) in the list belongs to the location field.
      rename: (field) => (field === 'place_id' ? 'location' : field),
      rateLimitApart: true,
    },
  );

  useEffect(() => {
    if (rateLimited) rateAlert.current?.focus();
  }, [rateLimited, attempt]);

  return (
    <Stack maw={680} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
          {t('contact.title', { name })}
        </Title>
        <Text size="lg">{t('contact.lead')}</Text>
      </Stack>
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          {rateLimited ? (
            <Alert
              ref={rateAlert}
              tabIndex={-1}
              color="kringClay"
              variant="light"
              title={t('contact.rateLimitedTitle')}
              role="alert"
              data-testid="rate-limited"
            >
              <Text size="sm">{rateLimited}</Text>
            </Alert>
          ) : null}
          <TextInput
            id="contact-name"
            label={t('contact.name.label')}
            placeholder={t('contact.name.placeholder')}
            autoComplete="name"
            required
            error={errors.name?.message}
            {...register('name')}
          />
          <TextInput
            id="contact-email"
            type="email"
            label={t('contact.email.label')}
            placeholder={t('contact.email.placeholder')}
            autoComplete="email"
            required
            error={errors.email?.message}
            {...register('email')}
          />
          <TextInput
            id="contact-phone"
            type="tel"
            label={t('contact.phone.label')}
            description={t('contact.phone.hint')}
            autoComplete="tel"
            required
            error={errors.phone?.message}
            {...register('phone')}
          />
          <TextInput
            id="contact-member-number"
            label={t('contact.memberNumber.label')}
            description={t('contact.memberNumber.hint')}
            placeholder={t('contact.memberNumber.placeholder')}
            autoComplete="off"
            error={errors.member_number?.message}
            {...register('member_number')}
          />
          <Controller
            control={control}
            name="location"
            render={({ field }) => (
              <PlaceInput
                id="contact-location"
                name={field.name}
                inputRef={field.ref}
                label={t('contact.location.label')}
                description={t('contact.location.hint')}
                placeholder={t('contact.location.placeholder')}
                required
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.location?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="for_whom"
            render={({ field }) => (
              <Radio.Group
                id="contact-for-whom"
                label={t('contact.forWhom.label')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                error={errors.for_whom?.message}
              >
                <Group gap="lg" mt="xs">
                  <Radio
                    id="contact-for-whom-self"
                    ref={field.ref}
                    value="self"
                    label={t('contact.forWhom.self')}
                    onBlur={field.onBlur}
                  />
                  <Radio
                    id="contact-for-whom-other"
                    value="other"
                    label={t('contact.forWhom.other')}
                    onBlur={field.onBlur}
                  />
                </Group>
              </Radio.Group>
            )}
          />
          <Textarea
            id="contact-message"
            label={t('contact.message.label', { name })}
            placeholder={t('contact.message.placeholder')}
            required
            rows={5}
            resize="vertical"
            inputWrapperOrder={COUNTER_BELOW}
            description={<CharacterCount value={message} max={MESSAGE_MAX} />}
            error={errors.message?.message}
            {...register('message')}
          />
          <div className={classes.trap} aria-hidden="true">
            <label htmlFor="contact-website">{t('contact.honeypot')}</label>
            <input
              id="contact-website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              {...register('website')}
            />
          </div>
          <Group justify="space-between" gap="sm" mt="sm">
            <Button component={Link} to={profilePath(profile.id)} variant="default" size="md">
              {t('contact.cancel')}
            </Button>
            <Button
              type="submit"
              size="md"
              color="kringClay.7"
              loading={form.formState.isSubmitting}
            >
              {t('contact.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

function Sent({ profile, receipt }: { profile: PublicProfile; receipt: ContactReceipt }) {
  const { t } = useTranslation();
  const numbers = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('contact.sent.documentTitle'), t('app.name'));
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Stack maw={680} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Card
        withBorder
        padding="lg"
        bg="kringTeal.0"
        style={{ borderColor: 'var(--mantine-color-kringTeal-2)' }}
      >
        <Stack gap="sm">
          <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} ref={heading} tabIndex={-1}>
            {t('contact.sent.title')}
          </Title>
          <Text size="lg" data-testid="contact-sent">
            {t('contact.sent.body', {
              name: profile.first_name,
              deadline: numbers.deadline(receipt.answer_by),
            })}
          </Text>
          <Text>{t('contact.sent.email')}</Text>
        </Stack>
      </Card>
      <Group gap="lg">
        <Anchor component={Link} to={profilePath(profile.id)} fw={600}>
          {t('contact.sent.back', { name: profile.first_name })}
        </Anchor>
        <Anchor component={Link} to="/" fw={600}>
          {t('contact.sent.search')}
        </Anchor>
      </Group>
    </Stack>
  );
}
