import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { responseTimeKeys } from './keys';

export type ProviderResponseTimes = components['schemas']['ProviderResponseTimes'];

export function useResponseTimes(overdueOnly: boolean, cursor: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: responseTimeKeys.list(overdueOnly, cursor),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/provider-response-times', {
          params: {
            query: { overdue_only: overdueOnly, ...(cursor ? { cursor } : {}), limit: 20 },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
