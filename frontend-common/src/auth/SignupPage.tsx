import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useZodForm } from '../forms/useZodForm';
import { LANGUAGES, LANGUAGE_NAMES, toLanguage } from '../i18n/languages';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { useSignup } from './api/signup';
import { AuthCard } from './AuthCard';
import { ErrorSummary } from './ErrorSummary';
import { NewPasswordField } from './PasswordField';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwordStrength';
import { AUTH_PATHS, NEXT_PARAM, safeNextPath, withNext } from './paths';
import { summaryFieldErrors } from '../forms/submitErrors';
import { useFormSubmit } from '../forms/useFormSubmit';

export interface SignupPageProps {
  /** Only these two portals have self sign-up; pro accounts are made for people. */
  portal: 'partner' | 'provider';
}

function signupSchema(t: (key: string, options?: Record<string, unknown>) => string) {
  return z.object({
    first_name: z.string().trim().min(1, t('auth.fields.firstNameRequired')).max(100),
    email: z
      .string()
      .trim()
      .min(1, t('auth.fields.emailRequired'))
      .email(t('auth.fields.emailInvalid')),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, t('auth.password.tooShort', { min: MIN_PASSWORD_LENGTH }))
      .max(MAX_PASSWORD_LENGTH, t('auth.password.tooLong', { max: MAX_PASSWORD_LENGTH })),
    language: z.enum(LANGUAGES),
    accept_terms: z.boolean().refine((accepted) => accepted, t('auth.signup.acceptTermsRequired')),
  });
}

const FIELD_NAMES = ['first_name', 'email', 'password', 'language', 'accept_terms'] as const;

/** Self sign-up: first name, e-mail, password, language and the terms; then "check your e-mail". */
export function SignupPage({ portal }: SignupPageProps) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('auth.signup.title'), t('app.name'));
  const signup = useSignup();
  // Came from a link in an e-mail (a dossier handed over): the verification link leads back to it.
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(NEXT_PARAM));
  const [sentTo, setSentTo] = useState<{ email: string; detail: string } | null>(null);

  const schema = useMemo(() => signupSchema(t), [t]);
  const form = useZodForm(schema, {
    defaultValues: {
      first_name: '',
      email: '',
      password: '',
      language: toLanguage(i18n.language),
      accept_terms: false,
    },
    shouldFocusError: false,
    // Check on submit, then live: no error appearing on blur moves the button mid-click.
    mode: 'onSubmit',
  });
  const [password, email, firstName] = useWatch({
    control: form.control,
    name: ['password', 'email', 'first_name'],
  });
  const fields = [
    { name: 'first_name', id: 'signup-first-name', label: t('auth.fields.firstName') },
    { name: 'email', id: 'signup-email', label: t('auth.fields.email') },
    { name: 'password', id: 'signup-password', label: t('auth.fields.password') },
    { name: 'language', id: 'signup-language', label: t('auth.fields.language') },
    { name: 'accept_terms', id: 'signup-terms', label: t('auth.signup.termsShort') },
  ] as const;

  const { onSubmit, formErrors, attempt } = useFormSubmit(form, FIELD_NAMES, async (values) => {
    const answer = await signup.mutateAsync({
      ...values,
      portal,
      accept_terms: true,
      ...(next === '/' ? {} : { next }),
    });
    setSentTo({ email: values.email, detail: answer.detail });
  });
  const { errors, isSubmitting } = form.formState;

  if (sentTo) {
    return (
      <AuthCard title={t('auth.signup.sentTitle')}>
        <Alert color="kringTeal" variant="light" role="status">
          <Text>{t('auth.signup.sentBody', { email: sentTo.email })}</Text>
        </Alert>
        <Text>{t('auth.signup.sentHint')}</Text>
        <Anchor component={Link} to={withNext(AUTH_PATHS.login, next)}>
          {t('auth.signup.toLogin')}
        </Anchor>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.signup.title')} lead={t('auth.signup.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorSummary
            messages={formErrors}
            fieldErrors={summaryFieldErrors(errors, fields)}
            attempt={attempt}
          />
          <TextInput
            id="signup-first-name"
            label={t('auth.fields.firstName')}
            autoComplete="given-name"
            required
            {...form.register('first_name')}
            error={errors.first_name?.message}
          />
          <TextInput
            id="signup-email"
            label={t('auth.fields.email')}
            description={t('auth.signup.emailHint')}
            type="email"
            autoComplete="email"
            required
            {...form.register('email')}
            error={errors.email?.message}
          />
          <NewPasswordField
            id="signup-password"
            label={t('auth.fields.password')}
            required
            password={password}
            email={email}
            firstName={firstName}
            {...form.register('password')}
            error={errors.password?.message}
          />
          <NativeSelect
            id="signup-language"
            label={t('auth.fields.language')}
            description={t('auth.signup.languageHint')}
            data={LANGUAGES.map((language) => ({
              value: language,
              label: LANGUAGE_NAMES[language],
            }))}
            {...form.register('language')}
            error={errors.language?.message}
          />
          <Checkbox
            id="signup-terms"
            label={t('auth.signup.acceptTerms')}
            {...form.register('accept_terms')}
            error={errors.accept_terms?.message}
          />
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.signup.submit')}
          </Button>
          <Text size="sm">
            {t('auth.signup.haveAccount')}{' '}
            <Anchor component={Link} to={AUTH_PATHS.login}>
              {t('auth.signup.toLogin')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
