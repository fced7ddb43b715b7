import { Box, Grid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactButton, type ContactProps } from './ContactButton';
import { DayPartsTable } from './DayPartsTable';
import { ProfileBreadcrumbs, type ProfileLinks } from './ProfileBreadcrumbs';
import { ProfileIntro } from './ProfileIntro';
import { ProfileVideo } from './ProfileVideo';
import classes from './ProfileView.module.css';
import { SeenByKring } from './SeenByKring';
import { ServicesTable } from './ServicesTable';
import { sectionOrder, type ProfileTitleOrder, type ShownProfile } from './types';
import { WorkAreaSection } from './WorkAreaSection';

export interface ProfileViewProps {
  profile: ShownProfile;
  /** The profile title's level: 1 on the public page (default), 2 under the preview's own h1. */
  order?: ProfileTitleOrder;
  /** The breadcrumb's links (public page); without them the trail is plain text. */
  links?: ProfileLinks;
  /**
   * The contact button: with `href` a link to the form, beside the profile on wide screens and
   * stuck to the bottom of the screen on phones; without, a disabled button with its `note`.
   */
  contact: ContactProps;
  /** Said where the checks would be while Kring has checked nothing (preview). */
  badgesHint?: string;
  /** The reviews section, under the video (the public page's `ProfileReviews`). */
  reviews?: ReactNode;
}

/**
 * A provider's profile as customers see it, laid out as in the source: the way there and who it
 * is; the story, the prices, the video and the reviews in the middle; the contact button, the
 * checks, the work area and the week beside. The public page and the provider's preview both show
 * this, so what a provider previews is what customers get.
 */
export function ProfileView(props: ProfileViewProps) {
  const { profile, order = 1, links, contact, badgesHint, reviews } = props;
  const { t } = useTranslation();
  const name = profile.first_name;
  const sticky = Boolean(contact.href);
  return (
    <Stack gap="lg">
      <ProfileBreadcrumbs profile={profile} links={links} />
      <ProfileIntro profile={profile} order={order} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            {profile.profile_text ? (
              <Stack gap="sm" component="section" aria-labelledby="profile-about-title">
                <Title order={sectionOrder(order)} size="h3" id="profile-about-title">
                  {t('profile.about', { name })}
                </Title>
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {profile.profile_text}
                </Text>
              </Stack>
            ) : null}
            <ServicesTable profile={profile} order={order} />
            <ProfileVideo profile={profile} order={order} />
            {reviews}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {sticky ? (
              <Box visibleFrom="md">
                <ContactButton name={name} {...contact} />
              </Box>
            ) : (
              <ContactButton name={name} {...contact} />
            )}
            <SeenByKring profile={profile} order={order} emptyHint={badgesHint} />
            <WorkAreaSection profile={profile} order={order} />
            <DayPartsTable profile={profile} order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
      {sticky ? (
        <Box hiddenFrom="md" className={classes.stickyContact}>
          <ContactButton name={name} {...contact} />
        </Box>
      ) : null}
    </Stack>
  );
}
