import { Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactButton } from './ContactButton';
import { DayParts } from './DayParts';
import { ProfileBreadcrumbs, type ProfileBreadcrumbsProps } from './ProfileBreadcrumbs';
import { ProfileIntro } from './ProfileIntro';
import { ProfileVideo } from './ProfileVideo';
import { SeenByKring } from './SeenByKring';
import { ServicesTable } from './ServicesTable';
import type { PublicProfile, TitleOrder } from './types';
import { WorkArea } from './WorkArea';

export interface ProfileViewProps extends Omit<ProfileBreadcrumbsProps, 'profile'> {
  profile: PublicProfile;
  /** 1 on the public page, 2 under the preview's own h1. */
  order: TitleOrder;
  /** The public page's contact form; without it the button does nothing (preview). */
  onContact?: () => void;
  /** Shown where the checks would be while Kring has checked nothing (preview). */
  badgesHint?: string;
}

/**
 * A provider's profile page as customers see it, laid out as in the source: the way there, who
 * it is; the story, the prices, the week and the video in the middle; the contact button, the
 * checks and the work area beside.
 */
export function ProfileView(props: ProfileViewProps) {
  const { profile, order, onContact, badgesHint, ...crumbs } = props;
  const { t } = useTranslation();
  const name = profile.first_name;
  return (
    <Stack gap="lg">
      <ProfileBreadcrumbs profile={profile} {...crumbs} />
      <ProfileIntro profile={profile} order={order} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="xl">
            {profile.profile_text ? (
              <Stack gap="sm" component="section" aria-labelledby="profile-about-title">
                <Title order={(order + 1) as 2 | 3} size="h3" id="profile-about-title">
                  {t('preview.about', { name })}
                </Title>
                <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {profile.profile_text}
                </Text>
              </Stack>
            ) : null}
            <ServicesTable profile={profile} order={order} />
            <DayParts profile={profile} order={order} />
            <ProfileVideo profile={profile} order={order} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <ContactButton name={name} onContact={onContact} />
            <SeenByKring profile={profile} order={order} emptyHint={badgesHint} />
            <WorkArea profile={profile} order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
