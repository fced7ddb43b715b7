import { requireData } from '@kring/client';
import { useQuery } from '@tanstack/react-query';
import { useApiClient } from './ApiClientContext';

export const healthKeys = { all: ['health'] as const };

/** Liveness of the API, for the small service-status line. */
export function useHealth() {
  const client = useApiClient();
  return useQuery({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/health', { signal })),
    staleTime: 60_000,
    retry: false,
  });
}
