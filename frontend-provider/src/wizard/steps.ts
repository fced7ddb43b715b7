import type { ProviderProfile } from '../api/profile';

/**
 * The sign-up's steps as the provider sees them, in order. "signup" (Aanmelding: the account
 * itself) is done once anyone is logged in; the others are the API's wizard steps.
 */
export const WIZARD_STEPS = [
  'signup',
  'personal',
  'company',
  'profile',
  'availability',
  'services',
  'payment',
  'done',
] as const;

export type WizardStep = (typeof WIZARD_STEPS)[number];
/** The steps with a page of their own (`/signup/<step>`). */
export type StepWithPage = Exclude<WizardStep, 'signup'>;

/** The wizard's pages live under the sign-up: `/signup` itself creates the account. */
export const WIZARD_PATH = '/signup';

export function stepPath(step: StepWithPage): string {
  return `${WIZARD_PATH}/${step}`;
}

export function isStepWithPage(value: string | undefined): value is StepWithPage {
  return value !== 'signup' && (WIZARD_STEPS as readonly string[]).includes(value ?? '');
}

/** 1-based position of a step, for "Stap 3 van 8". */
export function stepNumber(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step) + 1;
}

export interface WizardProgress {
  /** Steps stored by the API, and "signup". */
  completed: ReadonlySet<WizardStep>;
  /** Where to go on: the first step not done yet. */
  next: StepWithPage;
  live: boolean;
}

/** What the profile says about the wizard; `null` (nothing saved yet) starts at "personal". */
export function progressOf(profile: ProviderProfile | null | undefined): WizardProgress {
  return {
    completed: new Set<WizardStep>(['signup', ...(profile?.completed_steps ?? [])]),
    next: profile?.next_step ?? 'personal',
    live: profile?.status === 'live',
  };
}

/** A step can be opened when it is done, or when it is the one to do now. */
export function isReachable(step: StepWithPage, progress: WizardProgress): boolean {
  return progress.completed.has(step) || step === progress.next;
}

export type StepState = 'done' | 'current' | 'open' | 'upcoming';

/**
 * How the progress shows a step while `current` is on screen: done (stored), the one on screen,
 * open (the step to do next, reachable but not on screen) or upcoming (not reachable yet).
 */
export function stepState(
  step: WizardStep,
  current: WizardStep,
  progress: WizardProgress,
): StepState {
  if (step === current) return 'current';
  if (progress.completed.has(step)) return 'done';
  if (step === progress.next) return 'open';
  return 'upcoming';
}

export function previousStep(step: StepWithPage): StepWithPage | undefined {
  const before = WIZARD_STEPS[WIZARD_STEPS.indexOf(step) - 1];
  return before && before !== 'signup' ? before : undefined;
}

/**
 * Where "Next step" leads after `saved` was stored: the following step when it can be opened,
 * else wherever the wizard stands now.
 */
export function stepAfterSaving(saved: StepWithPage, progress: WizardProgress): StepWithPage {
  const following = WIZARD_STEPS[WIZARD_STEPS.indexOf(saved) + 1];
  return following && isStepWithPage(following) && isReachable(following, progress)
    ? following
    : progress.next;
}
