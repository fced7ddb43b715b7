import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

export type ProviderStatistics = components['schemas']['ProviderStatistics'];
export type WeekCount = components['schemas']['WeekCount'];

/** A period as the API takes it: the first and the last day (YYYY-MM-DD), both included. */
export interface Period {
  from: string;
  to: string;
}

export const statisticsKeys = {
  all: ['provider-statistics'] as const,
  period: (period: Period) => ['provider-statistics', period.from, period.to] as const,
};

/**
 * My figures over the period: requests, appointments, response times, requests per week, and the
 * rating over all my reviews. The figures shown stay while another period loads.
 */
export function useStatistics(period: Period) {
  const client = useApiClient();
  return useQuery({
    queryKey: statisticsKeys.period(period),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/provider/statistics', {
          params: { query: { from: period.from, to: period.to } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
