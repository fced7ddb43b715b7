import { isApiProblem } from '@kring/client';
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
} from '@kring/common';
import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useReviewInvitation, useSubmitReview, type ReviewInvitation } from '../api/reviews';
import { profilePath } from '../paths';
import { REVIEW_MAX, reviewSchema, type ReviewInput } from '../review/reviewSchema';
import { StarRatingInput } from '../review/StarRatingInput';

/**
 * The personal review link from the e-mail (`/review?token=…`): who it is for, 1–5 stars and a
 * few words, then thanks. A used or unknown link gets a kind word and the way to the search.
 */
export default function ReviewPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invitation = useReviewInvitation(token);
  const [sent, setSent] = useState(false);
  const [deadLink, setDeadLink] = useState(false);
  if (!token || deadLink) return <DeadLink />;
  if (invitation.isPending) return <LoadingState />;
  if (invitation.isError) {
    return isApiProblem(invitation.error) && invitation.error.status === 422 ? (
      <DeadLink />
    ) : (
      <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
    );
  }
  return sent ? (
    <Thanks invitation={invitation.data} />
  ) : (
    <ReviewForm
      token={token}
      invitation={invitation.data}
      onSent={() => setSent(true)}
      onDeadLink={() => setDeadLink(true)}
    />
  );
}

const EMPTY: ReviewInput = { stars: null, text: '' };

function ReviewForm({
  token,
  invitation,
  onSent,
  onDeadLink,
}: {
  token: string;
  invitation: ReviewInvitation;
  onSent: () => void;
  onDeadLink: () => void;
}) {
  const { t } = useTranslation();
  const provider = invitation.provider_name;
  useDocumentTitle(t('review.documentTitle', { name: provider }), t('app.name'));
  const schema = useMemo(() => reviewSchema(t), [t]);
  // The error summary takes the focus after a refused submit, and links to each field.
  const form = useZodForm(schema, { defaultValues: EMPTY, shouldFocusError: false });
  const errors = form.formState.errors;
  const text = useWatch({ control: form.control, name: 'text' });
  const submitReview = useSubmitReview();
  const fields = [
    { name: 'stars', id: 'review-stars', label: t('review.stars.legend', { name: provider }) },
    { name: 'text', id: 'review-text', label: t('review.text.label') },
  ] as const;
  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    fields.map((field) => field.name),
    async (values) => {
      try {
        await submitReview.mutateAsync({ token, stars: values.stars, text: values.text });
      } catch (error) {
        // The link was used in the meantime (another tab, another device).
        if (isApiProblem(error) && error.errors.some((item) => item.field.endsWith('token'))) {
          onDeadLink();
          return;
        }
        throw error;
      }
      onSent();
    },
  );

  return (
    <Stack maw={680} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
          {t('review.title', { name: provider })}
        </Title>
        <Text size="lg">{t('review.lead', { customer: invitation.name, name: provider })}</Text>
      </Stack>
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit} noValidate>
        <Stack gap="lg">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <Controller
            control={form.control}
            name="stars"
            render={({ field }) => (
              <StarRatingInput
                id="review-stars"
                legend={t('review.stars.legend', { name: provider })}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={errors.stars?.message}
              />
            )}
          />
          <Textarea
            id="review-text"
            label={t('review.text.label')}
            placeholder={t('review.text.placeholder')}
            rows={5}
            resize="vertical"
            inputWrapperOrder={COUNTER_BELOW}
            description={
              <CharacterCount value={text} max={REVIEW_MAX} hint={t('review.text.hint')} />
            }
            error={errors.text?.message}
            {...form.register('text')}
          />
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={form.formState.isSubmitting}>
              {t('review.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

function Thanks({ invitation }: { invitation: ReviewInvitation }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('review.thanks.title'), t('app.name'));
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
            {t('review.thanks.title')}
          </Title>
          <Text size="lg">{t('review.thanks.body', { name: invitation.provider_name })}</Text>
        </Stack>
      </Card>
      <Anchor component={Link} to={profilePath(invitation.provider_id)} fw={600}>
        {t('review.thanks.profile', { name: invitation.provider_name })}
      </Anchor>
    </Stack>
  );
}

function DeadLink() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.dead.title'), t('app.name'));
  return (
    <Stack maw={620} mx="auto" gap="md" py={{ base: 0, sm: 'lg' }} align="flex-start">
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {t('review.dead.title')}
      </Title>
      <Text size="lg">{t('review.dead.body')}</Text>
      <Text>{t('review.dead.search')}</Text>
      <Button component={Link} to="/" size="md">
        {t('review.dead.toSearch')}
      </Button>
    </Stack>
  );
}
