import { isApiProblem } from '@kring/client';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import { useSendMfaSms, useVerifyMfa } from './api/secondFactor';
import { ErrorSummary } from './ErrorSummary';
import type { LoginEvent, SecondFactorMethod, SecondFactorStep } from './loginFlow';
import { fieldErrorOf } from './problems';
import { errorMessage, summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

type T = (key: string, options?: Record<string, unknown>) => string;

export interface SecondFactorChallengeProps {
  step: SecondFactorStep;
  dispatch: (event: LoginEvent) => void;
  /** The words on the button that sends the code ("Log in", "Confirm"). */
  submitLabel: string;
  /** Back to the password step, or closing the step-up dialog. */
  onCancel: () => void;
  cancelLabel: string;
  /** Prefix for element ids, so the log-in page and the step-up dialog never share one. */
  idPrefix?: string;
}

/** A one-time code: six digits (spaces allowed); a recovery code: 10 letters and digits. */
export function codeSchema(method: SecondFactorMethod, t: T) {
  const code = z.string().transform((value) => value.replace(/[\s-]/g, ''));
  if (method === 'recovery_code') {
    return z.object({
      code: code
        .pipe(z.string().min(1, t('auth.challenge.recoveryRequired')))
        .pipe(z.string().length(10, t('auth.challenge.recoveryFormat'))),
    });
  }
  return z.object({
    code: code
      .pipe(z.string().min(1, t('auth.challenge.codeRequired')))
      .pipe(z.string().regex(/^\d{6}$/, t('auth.challenge.codeFormat'))),
  });
}

/**
 * The second step of logging in (and of a step-up): a code from the authenticator app, a code
 * by text message, or a recovery code. Refused codes, dead challenges and sent texts go to the
 * log-in state machine as events; the machine decides what comes next.
 */
export function SecondFactorChallenge(props: SecondFactorChallengeProps) {
  const { step, dispatch, idPrefix = 'challenge' } = props;
  const { t } = useTranslation();
  const send = useSendMfaSms();
  const [smsError, setSmsError] = useState<string | null>(null);

  const sendSms = async () => {
    setSmsError(null);
    try {
      await send.mutateAsync(step.challengeId);
      dispatch({ type: 'smsSent' });
    } catch (error) {
      if (isApiProblem(error) && (error.status === 401 || error.status === 404)) {
        dispatch({ type: 'challengeDead' });
      } else {
        setSmsError(errorMessage(error, t));
      }
    }
  };

  const choose = (method: SecondFactorMethod) => {
    dispatch({ type: 'chooseMethod', method });
    // "Send me a text" is one click: choosing SMS sends the first code.
    if (method === 'sms' && step.smsSent === 0) void sendSms();
  };

  const needsSms = step.method === 'sms' && step.smsSent === 0;
  const others = step.factors.filter((method) => method !== step.method);

  return (
    <Stack gap="lg">
      {step.method === 'sms' && step.smsSent > 0 ? (
        <Alert color="kringTeal" variant="light" role="status" data-testid="sms-sent">
          {step.smsSent === 1 ? t('auth.challenge.smsSent') : t('auth.challenge.smsSentAgain')}
        </Alert>
      ) : (
        <Text>{t(`auth.challenge.lead.${step.method}`)}</Text>
      )}
      {smsError ? (
        <Alert color="red" variant="light" role="alert">
          {smsError}
        </Alert>
      ) : null}
      {needsSms ? (
        <Button onClick={() => void sendSms()} loading={send.isPending} fullWidth>
          {t('auth.challenge.sendSms')}
        </Button>
      ) : (
        <CodeForm key={step.method} {...props} idPrefix={idPrefix} />
      )}
      {step.method === 'sms' && step.smsSent > 0 ? (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => void sendSms()}
          disabled={send.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('auth.challenge.resendSms')}
        </Anchor>
      ) : null}
      {others.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('auth.challenge.otherWays')}
          </Text>
          {others.map((method) => (
            <Anchor
              key={method}
              component="button"
              type="button"
              size="sm"
              onClick={() => choose(method)}
              style={{ alignSelf: 'flex-start', textAlign: 'start' }}
            >
              {t(`auth.challenge.use.${method}`)}
            </Anchor>
          ))}
        </Stack>
      ) : null}
      <Group>
        <Button variant="subtle" onClick={props.onCancel} px={0}>
          {props.cancelLabel}
        </Button>
      </Group>
    </Stack>
  );
}

function CodeForm({ step, dispatch, submitLabel, idPrefix }: SecondFactorChallengeProps) {
  const { t } = useTranslation();
  const verify = useVerifyMfa();
  const schema = useMemo(() => codeSchema(step.method, t), [step.method, t]);
  const form = useZodForm(schema, {
    defaultValues: { code: '' },
    shouldFocusError: false,
    mode: 'onSubmit',
  });
  const id = `${idPrefix}-code`;
  const label = t(`auth.challenge.label.${step.method}`);
  const fields = [{ name: 'code', id, label }] as const;

  const { onSubmit, formErrors, attempt } = useFormSubmit(form, ['code'], async ({ code }) => {
    try {
      const result = await verify.mutateAsync({
        challenge_id: step.challengeId,
        method: step.method,
        code,
      });
      dispatch({ type: 'answer', result });
    } catch (error) {
      if (fieldErrorOf(error, 'code') !== undefined) {
        dispatch({ type: 'codeRefused' });
        throw error; // its message (with the tries left) goes on the field
      }
      if (isApiProblem(error) && (error.status === 401 || error.status === 404)) {
        dispatch({ type: 'challengeDead' });
        return;
      }
      throw error;
    }
  });
  const { errors, isSubmitting } = form.formState;
  const numeric = step.method !== 'recovery_code';

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorSummary
          messages={formErrors}
          fieldErrors={summaryFieldErrors(errors, fields)}
          attempt={attempt}
        />
        <TextInput
          id={id}
          label={label}
          description={t(`auth.challenge.hint.${step.method}`)}
          inputMode={numeric ? 'numeric' : 'text'}
          autoComplete={numeric ? 'one-time-code' : 'off'}
          autoCapitalize="off"
          spellCheck={false}
          required
          // A fresh form per method: the person asked for this field, so it gets the focus.
          data-autofocus
          autoFocus
          {...form.register('code')}
          error={errors.code?.message}
          styles={{ input: { fontSize: 20, letterSpacing: numeric ? '0.2em' : '0.05em' } }}
        />
        <Button type="submit" loading={isSubmitting} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
