import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The form's area for errors that belong to no single field. Announced when it appears. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={t('common.form.errorsTitle')} role="alert">
      {messages.length === 1 ? (
        messages[0]
      ) : (
        <List size="sm">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
