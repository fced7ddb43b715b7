import { ErrorState, LoadingState, NotFoundPage } from '@kring/common';
import { Box, Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useProviderProfile, type ProviderProfile } from '../api/profile';
import {
  isReachable,
  isStepWithPage,
  progressOf,
  stepAfterSaving,
  stepPath,
  type StepWithPage,
  type WizardProgress,
} from './steps';
import { AvailabilityStep } from './steps/AvailabilityStep';
import { CompanyStep } from './steps/CompanyStep';
import { DoneStep } from './steps/DoneStep';
import { PaymentStep } from './steps/PaymentStep';
import { PersonalStep } from './steps/PersonalStep';
import { ProfileStep } from './steps/ProfileStep';
import { ServicesStep } from './steps/ServicesStep';
import type { StepMode } from './StepFrame';
import { StepBar, StepList } from './WizardProgress';

export interface StepProps {
  /** What is stored so far; `null` before the first step is saved. */
  profile: ProviderProfile | null;
  /** After a step is saved: on to the following step (the settings stay). */
  goOn: (saved: ProviderProfile) => void;
  /** The wizard's step, or the same form as a tab of the settings. */
  mode?: StepMode;
}

const STEP_PAGES: Record<StepWithPage, (props: StepProps) => ReactNode> = {
  personal: PersonalStep,
  company: CompanyStep,
  profile: ProfileStep,
  availability: AvailabilityStep,
  services: ServicesStep,
  payment: PaymentStep,
  done: DoneStep,
};

/**
 * The sign-up wizard at `/signup/<step>`: loads the profile, opens the step in the address (or,
 * without one, where the provider left off), and keeps steps that are not open yet closed.
 */
export function Wizard() {
  const { step } = useParams();
  const profile = useProviderProfile();
  const navigate = useNavigate();

  if (profile.isPending) return <LoadingState />;
  if (profile.isError) {
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const progress = progressOf(profile.data);
  if (step === undefined) return <Navigate to={stepPath(progress.next)} replace />;
  if (!isStepWithPage(step)) return <NotFoundPage />;
  if (!isReachable(step, progress)) return <Navigate to={stepPath(progress.next)} replace />;

  const Step = STEP_PAGES[step];
  const goOn = (saved: ProviderProfile) =>
    void navigate(stepPath(stepAfterSaving(step, progressOf(saved))));
  return (
    <WizardLayout step={step} progress={progress}>
      <Step key={step} profile={profile.data} goOn={goOn} />
    </WizardLayout>
  );
}

/**
 * The bar ("Stap 3 van 8") on top; the step's card; the list of steps beside it on wide
 * screens and after it on phones.
 */
function WizardLayout({
  step,
  progress,
  children,
}: {
  step: StepWithPage;
  progress: WizardProgress;
  children: ReactNode;
}) {
  return (
    <Stack gap="lg" maw={1100} mx="auto" py={{ base: 0, sm: 'md' }}>
      <StepBar current={step} progress={progress} withStepsLink />
      <Grid gap={{ base: 'lg', md: 'xl' }}>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>{children}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Box pt={{ base: 0, md: 'xs' }}>
            <StepList current={step} progress={progress} />
          </Box>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
