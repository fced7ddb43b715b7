import { Box, PasswordInput, Text, type PasswordInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordStrength, type StrengthLevel } from './passwordStrength';

const LEVEL_COLOUR: Record<StrengthLevel, string> = {
  empty: 'var(--mantine-color-gray-3)',
  tooShort: 'var(--mantine-color-red-7)',
  personal: 'var(--mantine-color-red-7)',
  weak: 'var(--mantine-color-red-7)',
  fair: 'var(--mantine-color-orange-7)',
  good: 'var(--mantine-color-kringTeal-6)',
  strong: 'var(--mantine-color-kringTeal-8)',
};

/**
 * A password input with a translated show/hide button that keyboard users can reach, and
 * `aria-invalid` on errors (Mantine's PasswordInput only sets `data-invalid`).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordField(props, ref) {
    const { t } = useTranslation();
    return (
      <PasswordInput
        ref={ref}
        visibilityToggleFocusable
        visibilityToggleButtonProps={{ 'aria-label': t('auth.password.show') }}
        aria-invalid={props.error ? true : undefined}
        {...props}
      />
    );
  },
);

export interface NewPasswordFieldProps extends PasswordInputProps {
  /** The typed password, for the strength hint. */
  password: string;
  email?: string;
  firstName?: string;
}

/**
 * The field for a new password: the rules in plain words and a strength hint under the input,
 * both part of the field's description, so screen readers read them with the field.
 */
export const NewPasswordField = forwardRef<HTMLInputElement, NewPasswordFieldProps>(
  function NewPasswordField({ password, email, firstName, ...props }, ref) {
    const { t } = useTranslation();
    const { score, level } = passwordStrength({ password, email, firstName });
    return (
      <PasswordField
        ref={ref}
        autoComplete="new-password"
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={
          <>
            <Box
              component="span"
              aria-hidden="true"
              display="flex"
              mt={6}
              mb={4}
              style={{ gap: 4 }}
              data-testid="password-strength-bar"
            >
              {[1, 2, 3, 4].map((step) => (
                <Box
                  key={step}
                  component="span"
                  h={6}
                  style={{
                    flex: 1,
                    borderRadius: 3,
                    background:
                      step <= Math.max(score, level === 'empty' ? 0 : 1)
                        ? LEVEL_COLOUR[level]
                        : 'var(--mantine-color-gray-3)',
                  }}
                />
              ))}
            </Box>
            {level === 'empty' ? null : (
              <Text component="span" fz="inherit" fw={700} display="block" c="dark.6">
                {t('auth.password.strength', { level: t(`auth.password.level.${level}`) })}
              </Text>
            )}
            <Text component="span" fz="inherit" display="block">
              {t('auth.password.rules')}
            </Text>
          </>
        }
        {...props}
      />
    );
  },
);
