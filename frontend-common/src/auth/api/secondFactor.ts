import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { useStepUp } from '../stepUp/StepUpContext';
import { withRetryAfter } from './rateLimit';
import { sessionKeys, type LoginResult } from './sessions';

export type Security = components['schemas']['Security'];
export type FactorInfo = components['schemas']['FactorInfo'];
export type TotpSetup = components['schemas']['TotpSetup'];
export type FactorAdded = components['schemas']['FactorAdded'];
export type MfaVerify = components['schemas']['MfaVerify'];
export type MfaRequired = components['schemas']['MfaRequired'];

export const securityKeys = { all: ['security'] as const };

/** My second factors, recovery codes left, and whether my account requires 2FA. */
export function useSecurity(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: securityKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/me/security', { signal })),
    enabled: options.enabled ?? true,
  });
}

/** Answer a challenge (log-in or step-up) with a code; a 429 carries the minutes to wait. */
export function useVerifyMfa() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: MfaVerify): Promise<LoginResult> =>
      withRetryAfter((middleware) =>
        requireData(client.POST('/api/v1/auth/mfa/verify', { body, middleware })),
      ),
  });
}

/** Text me a code for this challenge (again). */
export function useSendMfaSms() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (challengeId: string) =>
      withRetryAfter((middleware) =>
        requireData(
          client.POST('/api/v1/auth/mfa/sms', { body: { challenge_id: challengeId }, middleware }),
        ),
      ),
  });
}

/** Open a step-up challenge for this session. */
export function useStartStepUp() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (): Promise<MfaRequired> => requireData(client.POST('/api/v1/auth/mfa/step-up')),
  });
}

/**
 * After a factor was added or removed: the API ended my other sessions, and what I may do
 * (and must set up) changed.
 */
function useFactorsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: securityKeys.all }),
      queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
    ]);
}

/** Start adding an authenticator app: the secret and its QR code (may ask for a step-up). */
export function useStartTotp() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (): Promise<TotpSetup> =>
      stepUp(() => requireData(client.POST('/api/v1/me/mfa/totp'))),
  });
}

/** Confirm the app with its first code; the first factor comes with recovery codes. */
export function useConfirmTotp() {
  const client = useApiClient();
  const changed = useFactorsChanged();
  return useMutation({
    mutationFn: ({ factorId, code }: { factorId: string; code: string }): Promise<FactorAdded> =>
      requireData(
        client.POST('/api/v1/me/mfa/totp/{factor_id}/confirm', {
          params: { path: { factor_id: factorId } },
          body: { code },
        }),
      ),
    onSuccess: changed,
  });
}

/** Start adding a mobile number: the API texts it a code (may ask for a step-up). */
export function useStartSms() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (phone: string): Promise<FactorInfo> =>
      stepUp(() =>
        withRetryAfter((middleware) =>
          requireData(client.POST('/api/v1/me/mfa/sms', { body: { phone }, middleware })),
        ),
      ),
  });
}

/** Confirm the mobile number with the code it received. */
export function useConfirmSms() {
  const client = useApiClient();
  const changed = useFactorsChanged();
  return useMutation({
    mutationFn: ({ factorId, code }: { factorId: string; code: string }): Promise<FactorAdded> =>
      requireData(
        client.POST('/api/v1/me/mfa/sms/{factor_id}/confirm', {
          params: { path: { factor_id: factorId } },
          body: { code },
        }),
      ),
    onSuccess: changed,
  });
}

/** Remove an authenticator app (step-up); the API refuses the last factor when 2FA is required. */
export function useRemoveFactor() {
  const client = useApiClient();
  const stepUp = useStepUp();
  const changed = useFactorsChanged();
  return useMutation({
    mutationFn: (factorId: string) =>
      stepUp(async () => {
        await client.DELETE('/api/v1/me/mfa/{factor_id}', {
          params: { path: { factor_id: factorId } },
        });
      }),
    onSuccess: changed,
  });
}

/** Ten new recovery codes, shown once; the old ones stop working (step-up). */
export function useRenewRecoveryCodes() {
  const client = useApiClient();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => stepUp(() => requireData(client.POST('/api/v1/me/mfa/recovery-codes'))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.all }),
  });
}
