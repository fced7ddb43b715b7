import { isApiProblem } from '@kring/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: plain words, the support reference when the API gave one, and a retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  return (
    <Alert color="red" variant="light" title={t('common.states.errorTitle')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{problem?.detail ?? t('common.states.errorBody')}</Text>
        {problem?.errorId ? (
          <Text size="sm" ff="monospace">
            {t('common.states.errorReference', { errorId: problem.errorId })}
          </Text>
        ) : null}
        {onRetry ? (
          <Button variant="white" color="red" size="xs" onClick={onRetry}>
            {t('common.states.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
