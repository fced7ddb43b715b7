import { isApiProblem } from '@kring/client';
import {
  ErrorState,
  LoadingState,
  ProfileReviews,
  ProfileView,
  useDocumentTitle,
} from '@kring/common';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePublicProfile, useProviderReviews, type PublicProfile } from '../api/providers';
import { categorySearchPath, contactPath, PUBLIC_PATHS } from '../paths';
import NotFoundPage from './NotFoundPage';

/** Whether the API says there is no such (live) provider: unknown, not live, or not an id. */
export function isUnknownProvider(error: unknown): boolean {
  return isApiProblem(error) && (error.status === 404 || error.status === 422);
}

/** A provider's public profile, laid out as in the source; no log-in needed. */
export default function ProviderProfilePage() {
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
  return <Profile profile={profile.data} />;
}

const LINKS = { home: PUBLIC_PATHS.search, category: categorySearchPath };

function Profile({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  useDocumentTitle(profile.name, t('app.name'));
  return (
    <Stack maw={1100} mx="auto" py={{ base: 0, sm: 'lg' }}>
      <ProfileView
        profile={profile}
        links={LINKS}
        contact={{ href: contactPath(profile.id) }}
        reviews={<Reviews profile={profile} />}
      />
    </Stack>
  );
}

/** Older reviews are fetched this many at a time. */
const MORE_REVIEWS = 10;

/**
 * The reviews: the first page comes with the profile; "more" adds the next pages under it,
 * from the profile's cursor on.
 */
function Reviews({ profile }: { profile: PublicProfile }) {
  const [asked, setAsked] = useState(false);
  const first = profile.reviews;
  const later = useProviderReviews(profile.id, first, MORE_REVIEWS, asked);
  const pages = later.data?.pages ?? [];
  const last = pages.at(-1) ?? first;
  return (
    <ProfileReviews
      rating={profile.rating}
      reviews={[...first.items, ...pages.flatMap((page) => page.items)]}
      hasMore={last.next_cursor !== null}
      onMore={() => {
        if (!asked) setAsked(true);
        else if (later.data) void later.fetchNextPage();
        else void later.refetch(); // the first of them failed: try it again
      }}
      busy={later.isFetching}
      providerName={profile.first_name}
      order={1}
    />
  );
}
