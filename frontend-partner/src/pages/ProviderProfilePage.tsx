import { isApiProblem } from '@kring/client';
import { ErrorState, LoadingState, useDocumentTitle } from '@kring/common';
import { Box, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePublicProfile, type PublicProfile } from '../api/providers';
import { ContactButton } from '../profile/ContactButton';
import { DayPartsTable } from '../profile/DayPartsTable';
import { ProfileBreadcrumbs } from '../profile/ProfileBreadcrumbs';
import { ProfileIntro } from '../profile/ProfileIntro';
import classes from '../profile/ProfilePage.module.css';
import { ProfileVideo } from '../profile/ProfileVideo';
import { Reviews } from '../profile/Reviews';
import { SeenByKring } from '../profile/SeenByKring';
import { ServicesTable } from '../profile/ServicesTable';
import { WorkAreaSection } from '../profile/WorkAreaSection';
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

function Profile({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  useDocumentTitle(profile.name, t('app.name'));
  const name = profile.first_name;
  return (
    <Stack maw={1100} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <ProfileBreadcrumbs profile={profile} />
      <ProfileIntro profile={profile} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            {profile.profile_text ? (
              <Stack gap="sm" component="section" aria-labelledby="profile-about-title">
                <Title order={2} size="h3" id="profile-about-title">
                  {t('profile.about', { name })}
                </Title>
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {profile.profile_text}
                </Text>
              </Stack>
            ) : null}
            <ServicesTable profile={profile} />
            <ProfileVideo profile={profile} />
            <Reviews profile={profile} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Box visibleFrom="md">
              <ContactButton id={profile.id} name={name} />
            </Box>
            <SeenByKring profile={profile} />
            <WorkAreaSection profile={profile} />
            <DayPartsTable profile={profile} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Box hiddenFrom="md" className={classes.stickyContact}>
        <ContactButton id={profile.id} name={name} />
      </Box>
    </Stack>
  );
}
