import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { withRetryAfter } from './rateLimit';

export type SignupCreate = components['schemas']['SignupCreate'];

/** Self sign-up (partner and provider portals); always answers 202 with the same words. */
export function useSignup() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: SignupCreate) =>
      withRetryAfter((middleware) =>
        requireData(client.POST('/api/v1/auth/signup', { body, middleware })),
      ),
  });
}

/** Confirm the e-mail address with the token from the link. */
export function useVerifyEmail() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (token: string) =>
      requireData(client.POST('/api/v1/auth/verify-email', { body: { token } })),
  });
}
