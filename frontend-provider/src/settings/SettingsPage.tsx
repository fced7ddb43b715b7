import { AUTH_PATHS, ErrorState, LoadingState, useMe } from '@kring/common';
import { Alert, Anchor, Button, Paper, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useProviderProfile } from '../api/profile';
import { progressOf, stepPath } from '../wizard/steps';
import { AvailabilityStep } from '../wizard/steps/AvailabilityStep';
import { CompanyStep } from '../wizard/steps/CompanyStep';
import { PersonalStep } from '../wizard/steps/PersonalStep';
import { ProfileStep } from '../wizard/steps/ProfileStep';
import { ServicesStep } from '../wizard/steps/ServicesStep';
import type { StepProps } from '../wizard/Wizard';
import { WRAPPING_BUTTON } from '../wizard/wrappingButton';
import { isSettingsTab, SETTINGS_TABS, settingsTabPath, type SettingsTab } from './paths';
import { PersonalDetailsForm } from './PersonalDetailsForm';

const TAB_FORMS: Record<SettingsTab, (props: StepProps) => ReactNode> = {
  details: ({ profile }) => <PersonalDetailsForm profile={profile} />,
  personal: PersonalStep,
  company: CompanyStep,
  profile: ProfileStep,
  availability: AvailabilityStep,
  services: ServicesStep,
};

// Saving in the settings stays on the tab; the form itself says "Opgeslagen".
const stay = () => undefined;

/**
 * The settings: the personal details ("Persoonlijke informatie": names, phone, gender, birth
 * date, home address), then every field of the sign-up, to change later ("Voor alle pagina's is
 * van toepassing dat, als je later nog iets wilt aanpassen, je dit in je eigen omgeving eenvoudig
 * kunt doen"). One tab per step, each the wizard's own form in settings mode; the tab is in the
 * address. Then where the e-mail address and password change. Without a profile yet, the
 * wizard comes first.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const profile = useProviderProfile();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: SettingsTab = isSettingsTab(asked) ? asked : 'details';

  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  if (profile.data === null) return <Navigate to={stepPath('personal')} replace />;
  const progress = progressOf(profile.data);

  return (
    <Stack gap="lg" maw={960} mx="auto" py={{ base: 0, sm: 'md' }}>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 30 }} lh={1.2}>
          {t('settings.title')}
        </Title>
        <Text c="dark.5">{t('settings.lead')}</Text>
      </Stack>
      {progress.live || profile.data.status === 'suspended' ? null : (
        <Alert color="kringClay" variant="light" role="note">
          {profile.data.status === 'awaiting_vog' ? (
            <Text size="sm">
              {t('settings.awaitingVog')}{' '}
              <Anchor component={Link} to={settingsTabPath('company')} size="sm" fw={700}>
                {t('settings.toVog')}
              </Anchor>
            </Text>
          ) : (
            <Text size="sm">
              {t('settings.notLive')}{' '}
              <Anchor component={Link} to={stepPath(progress.next)} size="sm" fw={700}>
                {t('settings.toWizard')}
              </Anchor>
            </Text>
          )}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isSettingsTab(value)) setParams({ tab: value }, { replace: true });
        }}
        keepMounted={false}
      >
        {/* Six tabs do not fit a phone: the row scrolls sideways instead of wrapping. */}
        <ScrollArea type="auto" scrollbars="x" offsetScrollbars="x">
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {SETTINGS_TABS.map((value) => (
              <Tabs.Tab key={value} value={value} style={{ whiteSpace: 'nowrap' }}>
                {value === 'details' ? t('settings.tabs.details') : t(`wizard.steps.${value}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        {SETTINGS_TABS.map((value) => {
          const Form = TAB_FORMS[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Form profile={profile.data} goOn={stay} mode="settings" />
            </Tabs.Panel>
          );
        })}
      </Tabs>
      <AccountSection />
    </Stack>
  );
}

/**
 * The e-mail address (which is also the log-in) and the password are the account's, changed on
 * the account security page; what changing the address does is said here first.
 */
function AccountSection() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', xs: 'md', sm: 'xl' }}
      component="section"
      aria-labelledby="settings-account"
    >
      <Stack gap="sm" align="flex-start">
        <Title order={2} fz={{ base: 22, sm: 24 }} lh={1.2} id="settings-account">
          {t('settings.account.title')}
        </Title>
        {me.data ? (
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('settings.account.current', { email: me.data.email })}
          </Text>
        ) : null}
        <Text size="sm">{t('settings.account.emailChange')}</Text>
        <Button
          component={Link}
          to={AUTH_PATHS.accountSecurity}
          variant="default"
          styles={WRAPPING_BUTTON}
        >
          {t('settings.account.link')}
        </Button>
      </Stack>
    </Paper>
  );
}
