import { useDocumentTitle } from '@kring/common';
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { previousStep, stepPath, type StepWithPage } from './steps';

/**
 * Where a step's form is used: in the sign-up wizard (saving goes on to the next step) or on the
 * settings page (saving stays, and says so): one form for both, so they never drift apart.
 */
export type StepMode = 'wizard' | 'settings';

/** The level of a section's heading inside a step: under the step's h1, or the tab's h2. */
export function sectionOrder(mode: StepMode): 2 | 3 {
  return mode === 'settings' ? 3 : 2;
}

export interface StepFrameProps {
  /** The wizard's step (for "Previous step"); a settings form of its own has none. */
  step?: StepWithPage;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** The step's form: "Next step" (or "Save") submits it. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  /** Without a form (payment, done), the buttons at the bottom are only "Previous step". */
  footer?: ReactNode;
  mode?: StepMode;
  /** Settings: the last save worked ("Opgeslagen" by the button). */
  saved?: boolean;
}

/**
 * One step's card. In the wizard: its title as the page's h1 (focused when the step opens, so
 * screen-reader users hear where they are), a lead, the fields, and "Previous step" / "Next
 * step". In the settings: the title as the tab's h2, and only "Save", which stays and says so.
 */
export function StepFrame(props: StepFrameProps) {
  const { step, title, lead, children, onSubmit, submitting = false, footer } = props;
  const { mode = 'wizard', saved = false } = props;
  const { t } = useTranslation();
  const settings = mode === 'settings';
  useDocumentTitle(title, settings ? t('settings.title') : t('wizard.title'), t('app.name'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The settings' tabs keep the focus where the person put it.
    if (settings) return;
    heading.current?.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [step, settings]);

  const previous = settings || !step ? undefined : previousStep(step);
  const buttons = (
    <Group justify="space-between" gap="sm" mt="md">
      {previous ? (
        <Button component={Link} to={stepPath(previous)} variant="default">
          {t('wizard.nav.previous')}
        </Button>
      ) : settings ? null : (
        <span />
      )}
      {onSubmit ? (
        <Button type="submit" loading={submitting}>
          {settings ? t('settings.save') : t('wizard.nav.next')}
        </Button>
      ) : null}
      {submitting ? <VisuallyHidden role="status">{t('wizard.nav.saving')}</VisuallyHidden> : null}
    </Group>
  );

  const content = (
    <Stack gap="lg">
      {children}
      {footer}
      {buttons}
      {settings ? (
        <div role="status">
          {saved && !submitting ? (
            <Text
              data-testid="saved"
              size="sm"
              fw={700}
              c="kringTeal.9"
              bg="kringTeal.0"
              px="md"
              py="sm"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            >
              {t('settings.saved')}
            </Text>
          ) : null}
        </div>
      ) : null}
    </Stack>
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', xs: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title
            ref={heading}
            tabIndex={settings ? undefined : -1}
            order={settings ? 2 : 1}
            fz={settings ? { base: 22, sm: 24 } : { base: 26, sm: 30 }}
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
  );
}
