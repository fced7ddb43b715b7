import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../states/LoadingState';
import { useStartStepUp } from '../api/secondFactor';
import { FIRST_STEP, nextStep } from '../loginFlow';
import { SecondFactorChallenge } from '../SecondFactorChallenge';

export interface StepUpDialogProps {
  onConfirmed: () => void;
  onCancel: () => void;
  /** Why the code is asked, when not for a change (e.g. to sign). */
  lead?: string;
}

/**
 * "Confirm it is you": opens a step-up challenge and asks for a second factor with the same
 * step as the log-in page. A challenge that dies (too many wrong codes, expired) can be started
 * again from here.
 */
export default function StepUpDialog({ onConfirmed, onCancel, lead }: StepUpDialogProps) {
  const { t } = useTranslation();
  const start = useStartStepUp();
  const [step, dispatch] = useReducer(nextStep, FIRST_STEP);
  const started = useRef(false);
  const { mutate } = start;

  const open = () =>
    mutate(undefined, { onSuccess: (result) => dispatch({ type: 'answer', result }) });

  useEffect(() => {
    // Once, also under React's strict mode: every start opens a challenge on the server.
    if (started.current) return;
    started.current = true;
    mutate(undefined, { onSuccess: (result) => dispatch({ type: 'answer', result }) });
  }, [mutate]);

  useEffect(() => {
    if (step.step === 'signedIn') onConfirmed();
  }, [step, onConfirmed]);

  let body;
  if (step.step === 'secondFactor') {
    body = (
      <SecondFactorChallenge
        step={step}
        dispatch={dispatch}
        submitLabel={t('auth.stepUp.submit')}
        onCancel={onCancel}
        cancelLabel={t('auth.stepUp.cancel')}
        idPrefix="step-up"
      />
    );
  } else if (
    start.isError ||
    (step.step === 'credentials' && step.ended) ||
    step.step === 'unknown'
  ) {
    const message =
      step.step === 'credentials' && step.ended
        ? t(`auth.challenge.ended.${step.ended}`)
        : t('common.states.errorBody');
    body = (
      <Stack gap="md">
        <Alert color="red" variant="light" role="alert">
          {message}
        </Alert>
        <Group gap="sm">
          <Button onClick={open} loading={start.isPending}>
            {t('auth.stepUp.again')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('auth.stepUp.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  } else {
    body = <LoadingState label={t('auth.stepUp.starting')} />;
  }

  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('auth.stepUp.title')}
      centered
      closeButtonProps={{ 'aria-label': t('auth.stepUp.close') }}
      size="md"
    >
      <Stack gap="md">
        <Text size="sm" c="dark.5">
          {lead ?? t('auth.stepUp.lead')}
        </Text>
        {body}
      </Stack>
    </Modal>
  );
}
