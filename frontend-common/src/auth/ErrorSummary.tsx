import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryFieldError {
  /** The input's id, to link to. */
  id: string;
  label: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** Errors that belong to no single field (a refused log-in, a cool-off, a dead link). */
  messages: readonly string[];
  /** The fields' own errors, each linking to its field. */
  fieldErrors?: readonly SummaryFieldError[];
  /** Failed submits so far: each new one moves the focus here. */
  attempt: number;
}

/**
 * The form's error summary: shown after a failed submit, it takes the focus so keyboard and
 * screen-reader users hear what went wrong, and links each field error to its field.
 */
export function ErrorSummary({ messages, fieldErrors = [], attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = attempt > 0 && messages.length + fieldErrors.length > 0;

  // Focus once per failed submit, as soon as the summary is there (the field errors of a
  // refused submit may arrive a render after the attempt count).
  const focusedFor = useRef(0);
  useEffect(() => {
    if (visible && attempt > focusedFor.current) {
      focusedFor.current = attempt;
      ref.current?.focus();
    }
  }, [visible, attempt]);

  if (!visible) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      title={t('common.form.errorsTitle')}
      role="alert"
      data-testid="error-summary"
    >
      {messages.map((message) => (
        <Text key={message} size="sm" mb={fieldErrors.length > 0 ? 'xs' : 0}>
          {message}
        </Text>
      ))}
      {fieldErrors.length > 0 ? (
        <List size="sm" spacing={4}>
          {fieldErrors.map((error) => (
            <List.Item key={error.id}>
              <Anchor
                href={`#${error.id}`}
                size="sm"
                c="red.9"
                underline="always"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.id)?.focus();
                }}
              >
                {error.label}: {error.message}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
