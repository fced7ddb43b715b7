import { useDocumentTitle } from '@kring/common';
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { previousStep, stepPath, type StepWithPage } from './steps';

export interface StepFrameProps {
  step: StepWithPage;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** The step's form: "Next step" submits it (saves, then goes on). */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  /** Without a form (payment, done), the buttons at the bottom are only "Previous step". */
  footer?: ReactNode;
}

/**
 * One step's card: its title as the page's h1 (focused when the step opens, so screen-reader
 * users hear where they are), a lead, the fields, and "Previous step" / "Next step".
 */
export function StepFrame(props: StepFrameProps) {
  const { step, title, lead, children, onSubmit, submitting = false, footer } = props;
  const { t } = useTranslation();
  useDocumentTitle(title, t('wizard.title'), t('app.name'));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [step]);

  const previous = previousStep(step);
  const buttons = (
    <Group justify="space-between" gap="sm" mt="md">
      {previous ? (
        <Button component={Link} to={stepPath(previous)} variant="default">
          {t('wizard.nav.previous')}
        </Button>
      ) : (
        <span />
      )}
      {onSubmit ? (
        <Button type="submit" loading={submitting}>
          {t('wizard.nav.next')}
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
    </Stack>
  );

  return (
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
  );
}
