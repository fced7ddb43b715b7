import { useMe } from '@kring/common';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProviderProfile } from '../api/profile';
import { progressOf, stepNumber, stepPath, WIZARD_STEPS } from './steps';
import { StepBar } from './WizardProgress';

/**
 * On the home page, for a logged-in provider whose sign-up is not finished: where it stands, and
 * the way back into it (at the step to do next). Nothing for visitors, for providers who are
 * live and for those who paid (what they still wait for is said elsewhere).
 */
export function SignupProgressCard() {
  const { t } = useTranslation();
  const me = useMe();
  const profile = useProviderProfile({ enabled: Boolean(me.data) });
  if (!me.data || profile.isPending || profile.isError) return null;
  const progress = progressOf(profile.data);
  if (progress.live || profile.data?.fee_paid) return null;
  const started = profile.data !== null;

  return (
    <Card
      withBorder
      padding="lg"
      maw={1040}
      mx="auto"
      w="100%"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-2)' }}
      component="aside"
      aria-label={t('home.signup.label')}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={700} size="lg" c="kringTeal.9">
            {started ? t('home.signup.titleContinue') : t('home.signup.titleStart')}
          </Text>
          <Text c="dark.7">
            {started
              ? t('home.signup.bodyContinue', {
                  number: stepNumber(progress.next),
                  total: WIZARD_STEPS.length,
                  step: t(`wizard.steps.${progress.next}`),
                })
              : t('home.signup.bodyStart')}
          </Text>
        </Stack>
        <StepBar current={progress.next} progress={progress} />
        <Group>
          <Button component={Link} to={stepPath(progress.next)} size="md">
            {started ? t('home.signup.continue') : t('home.signup.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
