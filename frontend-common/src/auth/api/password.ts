import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import type { App } from '../../shell/portals';
import { withRetryAfter } from './rateLimit';

export type PasswordReset = components['schemas']['PasswordReset'];

/** Ask for a reset link; the answer is the same whether or not the address is known. */
export function useForgotPassword(portal: App) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (email: string) =>
      withRetryAfter((middleware) =>
        requireData(
          client.POST('/api/v1/auth/password/forgot', {
            params: { query: { portal } },
            body: { email },
            middleware,
          }),
        ),
      ),
  });
}

/** Set a new password with the token from the reset link. */
export function useResetPassword() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: PasswordReset) =>
      requireData(client.POST('/api/v1/auth/password/reset', { body })),
  });
}
