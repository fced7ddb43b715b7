import { StatusBadge } from '@kring/common';
import { errorMessage, useFormat } from '@kring/common';
import { Button, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProviderReviews, useReviewHiding, type StaffReview } from '../api/reviews';
import { CursorList } from '../components/CursorList';
import { SplitRow } from '../components/SplitRow';
import { DialogFooter } from '../components/DialogFooter';
import { SectionCard } from '../components/SectionCard';
import { ConfirmDialog } from '../people/ConfirmDialog';
import { providerPath, withQuery } from '../paths';

/** The address's query parameter naming the page of reviews shown. */
export const REVIEWS_CURSOR = 'reviews';

/** A provider's reviews as moderating staff see them (hidden ones too), to hide or show again. */
export function ReviewsCard({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const cursor = params.get(REVIEWS_CURSOR);
  const reviews = useProviderReviews(profileId, cursor);
  return (
    <SectionCard id="provider-reviews" title={t('reviewsCard.title')} lead={t('reviewsCard.lead')}>
      <CursorList
        query={reviews}
        cursor={cursor}
        pathAt={(next) => withQuery(providerPath(profileId), { [REVIEWS_CURSOR]: next })}
        label={t('reviewsCard.title')}
        head={
          <>
            <Table.Th>{t('reviewsCard.columns.review')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('reviewsCard.columns.shown')}</Table.Th>
          </>
        }
        row={(review) => <ReviewRow key={review.id} review={review} profileId={profileId} />}
        empty={{ title: t('reviewsCard.empty.title'), description: t('reviewsCard.empty.body') }}
      />
    </SectionCard>
  );
}

function ReviewRow({ review, profileId }: { review: StaffReview; profileId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hiding = useReviewHiding(profileId);
  const [open, setOpen] = useState<'hide' | 'show' | null>(null);
  // The dialogs stand beside the row, not in it: the row is laid out anew when the window
  // crosses the phone width, and a reason being typed must not be lost then.
  return (
    <>
      <SplitRow
        main={
          <>
            <Stack gap={4}>
              <Text
                size="sm"
                c="kringClay.7"
                role="img"
                aria-label={t('reviewsCard.stars', { stars: review.stars })}
              >
                {'★'.repeat(review.stars)}
                {'☆'.repeat(Math.max(0, 5 - review.stars))}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {review.text}
              </Text>
              <Text size="xs" c="dark.5">
                {t('reviewsCard.byOn', {
                  name: review.author_name,
                  when: format.dateTime(review.created_at),
                })}
              </Text>
              {review.reply ? (
                <Text size="xs" c="dark.5" style={{ whiteSpace: 'pre-line' }}>
                  {t('reviewsCard.reply', { reply: review.reply })}
                </Text>
              ) : null}
            </Stack>
          </>
        }
        side={
          <>
            <Stack gap={6} align="flex-start">
              <StatusBadge color={review.hidden ? 'gray' : 'kringTeal'}>
                {review.hidden ? t('reviewsCard.hidden') : t('reviewsCard.visible')}
              </StatusBadge>
              {review.hidden ? (
                <Text size="xs" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
                  {review.hidden_at
                    ? t('reviewsCard.hiddenSince', { when: format.dateTime(review.hidden_at) })
                    : null}
                  {review.hidden_reason
                    ? ` ${t('reviewsCard.because', { reason: review.hidden_reason })}`
                    : null}
                </Text>
              ) : null}
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setOpen(review.hidden ? 'show' : 'hide')}
              >
                {review.hidden ? t('reviewsCard.show') : t('reviewsCard.hide')}
              </Button>
            </Stack>
          </>
        }
      />
      <HideReviewDialog
        review={review}
        profileId={profileId}
        opened={open === 'hide'}
        onClose={() => setOpen(null)}
      />
      <ConfirmDialog
        opened={open === 'show'}
        title={t('reviewsCard.showTitle')}
        confirmLabel={t('reviewsCard.show')}
        onConfirm={() => hiding.mutateAsync({ reviewId: review.id, reason: null })}
        onClose={() => setOpen(null)}
      >
        <Text size="sm">{t('reviewsCard.showWhat', { name: review.author_name })}</Text>
      </ConfirmDialog>
    </>
  );
}

/** Hiding asks why: a reason of 3 to 500 characters, which only staff read. */
function HideReviewDialog(props: {
  review: StaffReview;
  profileId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { review, profileId, opened, onClose } = props;
  const { t } = useTranslation();
  const hiding = useReviewHiding(profileId);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const short = reason.trim().length < 3;
  const close = () => {
    setReason('');
    setTried(false);
    hiding.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (short) return;
    hiding.mutate({ reviewId: review.id, reason: reason.trim() }, { onSuccess: close });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('reviewsCard.hideTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('reviewsCard.hideWhat', { name: review.author_name })}</Text>
          <Textarea
            id={`hide-reason-${review.id}`}
            label={t('reviewsCard.reason')}
            description={t('reviewsCard.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried && short ? t('reviewsCard.reasonRequired') : undefined}
            maxLength={500}
            rows={3}
            required
            data-autofocus
          />
          <DialogFooter
            confirmLabel={t('reviewsCard.hide')}
            error={hiding.isError ? errorMessage(hiding.error, t) : null}
            loading={hiding.isPending}
            danger
            onCancel={close}
          />
        </Stack>
      </form>
    </Modal>
  );
}
