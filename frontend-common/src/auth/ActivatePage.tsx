import { ApiProblem, isApiProblem } from '@kring/client';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useActivate } from './api/accountLinks';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import type { LoginLocationState } from './LoginPage';
import { NewPasswordFields, newPasswordFieldList, useNewPasswordForm } from './NewPasswordFields';
import { AUTH_PATHS } from './paths';
import { fieldErrorOf } from './problems';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

/**
 * The page behind the link in the activation e-mail (an account that staff or an organisation
 * made for me): choose my password, twice, with the same rules and strength hint as a reset.
 * Then the log-in page, where a required second factor is set up next.
 */
export function ActivatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.activate.title'), t('app.name'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const activate = useActivate();
  const navigate = useNavigate();
  const [linkDead, setLinkDead] = useState(false);

  const form = useNewPasswordForm();
  const labels = {
    idPrefix: 'activate',
    passwordLabel: t('auth.fields.password'),
    repeatLabel: t('auth.activate.repeat'),
  };
  const fields = newPasswordFieldList(labels);

  const { onSubmit, formErrors, attempt } = useFormSubmit(
    form,
    ['new_password'],
    async ({ new_password }) => {
      try {
        await activate.mutateAsync({ token, password: new_password });
      } catch (error) {
        if (fieldErrorOf(error, 'token') !== undefined) {
          setLinkDead(true);
          return;
        }
        // The API names the password `password`; the form calls it `new_password`.
        throw isApiProblem(error) ? renameField(error, 'password', 'new_password') : error;
      }
      const state: LoginLocationState = { notice: 'activated' };
      void navigate(AUTH_PATHS.login, { replace: true, state });
    },
  );
  const { errors, isSubmitting } = form.formState;

  if (!token || linkDead) {
    return (
      <AuthCard title={t('auth.activate.expiredTitle')}>
        <Alert color="red" variant="light" role="alert">
          {token ? t('auth.activate.expired') : t('auth.activate.noToken')}
        </Alert>
        <Text>{t('auth.activate.expiredHint')}</Text>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.activate.title')} lead={t('auth.activate.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <NewPasswordFields form={form} {...labels} />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.activate.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

/** The same problem with the errors of field `from` put on field `to`. */
function renameField(problem: ApiProblem, from: string, to: string): ApiProblem {
  return new ApiProblem({
    type: problem.type,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    instance: problem.instance,
    errorId: problem.errorId,
    errors: problem.errors.map((error) =>
      error.field.replace(/^body\./, '') === from ? { ...error, field: to } : error,
    ),
  });
}
