import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientContext';
import { meKeys } from './me';

export type Activation = components['schemas']['Activation'];

/** Activate an account made for me (by staff or an organisation admin), choosing my password. */
export function useActivate() {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: Activation) => requireData(client.POST('/api/v1/auth/activate', { body })),
  });
}

/**
 * Confirm a new e-mail address with the token from the link. The API ends every session of the
 * account, so everything cached about the person is forgotten.
 */
export function useConfirmEmailChange() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      requireData(client.POST('/api/v1/auth/email/confirm', { body: { token } })),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKeys.all[0] });
      queryClient.setQueryData(meKeys.all, null);
    },
  });
}
