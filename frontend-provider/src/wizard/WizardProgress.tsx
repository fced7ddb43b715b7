import { Anchor, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  isStepWithPage,
  stepPath,
  stepNumber,
  stepState,
  WIZARD_STEPS,
  type WizardProgress,
  type WizardStep,
} from './steps';
import classes from './WizardProgress.module.css';

const TOTAL = WIZARD_STEPS.length;

export interface ProgressProps {
  /** The step on screen (on the home page: the step to do next). */
  current: WizardStep;
  progress: WizardProgress;
}

/**
 * "Stap 3 van 8 · Bedrijf" and a bar of eight segments (done, on screen, still to come): the
 * progress in a form that stays readable at 360 px. `withStepsLink` adds a jump to the full
 * list of steps, for phones, where that list comes after the form.
 */
export function StepBar({
  current,
  progress,
  withStepsLink = false,
}: ProgressProps & { withStepsLink?: boolean }) {
  const { t } = useTranslation();
  const done = WIZARD_STEPS.filter((step) => progress.completed.has(step)).length;
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={700} size="sm" c="kringClay.8">
          {t('wizard.progress.stepOf', { number: stepNumber(current), total: TOTAL })}
          {' · '}
          {t(`wizard.steps.${current}`)}
        </Text>
        {withStepsLink ? (
          <Anchor href="#wizard-steps" size="sm" hiddenFrom="md">
            {t('wizard.progress.allSteps')}
          </Anchor>
        ) : null}
      </Group>
      <div
        className={classes.bar}
        role="progressbar"
        aria-label={t('wizard.progress.label')}
        aria-valuemin={0}
        aria-valuemax={TOTAL}
        aria-valuenow={done}
        aria-valuetext={t('wizard.progress.valueText', { count: done, total: TOTAL })}
      >
        {WIZARD_STEPS.map((step) => {
          const state = stepState(step, current, progress);
          return (
            <span
              key={step}
              className={classes.segment}
              data-state={state === 'open' ? 'upcoming' : state}
            />
          );
        })}
      </div>
    </Stack>
  );
}

/**
 * The eight steps as a list: done steps (and the step to do next) link to their page, so the
 * provider can go back to anything already filled in; later steps are shown but not links.
 */
export function StepList({ current, progress }: ProgressProps) {
  const { t } = useTranslation();
  return (
    <nav id="wizard-steps" aria-labelledby="wizard-steps-title" tabIndex={-1}>
      <Text id="wizard-steps-title" fw={700} mb="xs">
        {t('wizard.progress.listTitle')}
      </Text>
      <ol className={classes.list}>
        {WIZARD_STEPS.map((step, index) => {
          const state = stepState(step, current, progress);
          const label = t(`wizard.steps.${step}`);
          const linked = (state === 'done' || state === 'open') && isStepWithPage(step);
          return (
            <li key={step} className={classes.item} data-state={state}>
              <span className={classes.marker} aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              {linked ? (
                <Link to={stepPath(step)} className={classes.label}>
                  {label}
                  <VisuallyHidden>{t(`wizard.progress.state.${state}`)}</VisuallyHidden>
                </Link>
              ) : (
                <span
                  className={classes.label}
                  aria-current={state === 'current' ? 'step' : undefined}
                >
                  {label}
                  <VisuallyHidden>{t(`wizard.progress.state.${state}`)}</VisuallyHidden>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
