import { useDocumentTitle } from '@kring/common';
import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DossierStep } from '../../api/dossiers';
import { DOSSIER_PATHS, dossierPath, wizardPath } from '../../paths';
import { STEPS } from '../status';

export interface WizardFrameProps {
  /** The step on screen; `null` for "what happens next" after the last step. */
  step: DossierStep | null;
  /** The dossier; `null` while it is being created by the first step. */
  dossierId: string | null;
  completed: readonly DossierStep[];
  title: string;
  lead?: ReactNode;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  submitLabel?: string;
  children: ReactNode;
}

/**
 * One step of the dossier wizard: the progress (bar and the five steps, done ones linked), the
 * step's title as the h1 (focused when it opens), its fields and Back / Next.
 */
export function WizardFrame(props: WizardFrameProps) {
  const { step, dossierId, completed, title, lead, onSubmit, submitting = false } = props;
  const { t } = useTranslation();
  useDocumentTitle(title, t('dossiers.wizard.documentTitle'), t('app.name'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [step]);

  const index = step ? STEPS.indexOf(step) : STEPS.length;
  const previous = index > 0 ? STEPS[index - 1] : undefined;
  const back =
    dossierId && previous ? (
      <Button component={Link} to={wizardPath(dossierId, previous)} variant="default">
        {t('dossiers.wizard.nav.back')}
      </Button>
    ) : (
      <Button
        component={Link}
        to={dossierId ? dossierPath(dossierId) : DOSSIER_PATHS.list}
        variant="default"
      >
        {dossierId ? t('dossiers.wizard.nav.toDossier') : t('dossiers.wizard.nav.toList')}
      </Button>
    );

  const content = (
    <Stack gap="lg">
      {props.children}
      {onSubmit ? (
        <Group justify="space-between" gap="sm" mt="md">
          {back}
          <Button type="submit" loading={submitting} color="kringClay.7">
            {props.submitLabel ?? t('dossiers.wizard.nav.next')}
          </Button>
          {submitting ? (
            <VisuallyHidden role="status">{t('dossiers.wizard.nav.saving')}</VisuallyHidden>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );

  return (
    <Stack maw={760} mx="auto" gap="md" py={{ base: 0, sm: 'lg' }}>
      <Progress step={step} dossierId={dossierId} completed={completed} />
      <Paper withBorder radius="md" p={{ base: 'sm', xs: 'md', sm: 'xl' }}>
        <Stack gap="lg">
          <Stack gap="xs">
            <Title
              ref={heading}
              tabIndex={-1}
              order={1}
              fz={{ base: 26, sm: 30 }}
              lh={1.2}
              style={{ overflowWrap: 'break-word', outline: 'none' }}
            >
              {title}
            </Title>
            {lead ? <Text c="dark.5">{lead}</Text> : null}
          </Stack>
          {onSubmit ? (
            <form onSubmit={onSubmit} noValidate>
              {content}
            </form>
          ) : (
            content
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Progress({
  step,
  dossierId,
  completed,
}: Pick<WizardFrameProps, 'step' | 'dossierId' | 'completed'>) {
  const { t } = useTranslation();
  const total = STEPS.length;
  const done = STEPS.filter((each) => completed.includes(each)).length;
  const firstOpen = STEPS.find((each) => !completed.includes(each));
  return (
    <Stack gap={8}>
      <Text fw={700} size="sm" c="kringClay.8">
        {step
          ? `${t('dossiers.wizard.progress.stepOf', { number: STEPS.indexOf(step) + 1, total })} · ${t(`dossiers.wizard.steps.${step}`)}`
          : t('dossiers.wizard.progress.valueText', { count: done, total })}
      </Text>
      <Box
        role="progressbar"
        aria-label={t('dossiers.wizard.progress.label')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('dossiers.wizard.progress.valueText', { count: done, total })}
        style={{ display: 'flex', gap: 4 }}
      >
        {STEPS.map((each) => (
          <Box
            key={each}
            h={8}
            style={{
              flex: 1,
              borderRadius: 4,
              background: completed.includes(each)
                ? 'var(--mantine-color-kringTeal-7)'
                : each === step
                  ? 'var(--mantine-color-kringClay-6)'
                  : 'var(--mantine-color-gray-3)',
            }}
          />
        ))}
      </Box>
      <nav aria-label={t('dossiers.wizard.progress.listTitle')}>
        <Group component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} wrap="wrap">
          {STEPS.map((each, index) => {
            const isDone = completed.includes(each);
            const label = `${index + 1}. ${t(`dossiers.wizard.steps.${each}`)}`;
            const linked = dossierId !== null && (isDone || each === firstOpen) && each !== step;
            return (
              <Text
                component="li"
                key={each}
                size="sm"
                fw={each === step ? 700 : 400}
                c={each === step ? 'dark.9' : 'dark.5'}
                aria-current={each === step ? 'step' : undefined}
              >
                {linked && dossierId ? (
                  <Anchor component={Link} to={wizardPath(dossierId, each)} size="sm">
                    {label}
                  </Anchor>
                ) : (
                  label
                )}
                {isDone ? (
                  <>
                    <span aria-hidden="true"> ✓</span>
                    <VisuallyHidden> ({t('dossiers.wizard.progress.done')})</VisuallyHidden>
                  </>
                ) : null}
              </Text>
            );
          })}
        </Group>
      </nav>
    </Stack>
  );
}
