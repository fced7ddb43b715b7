import { isApiProblem } from '@kring/client';
import { QueryClient } from '@tanstack/react-query';

/** Retries only what may pass on a second try: network errors and 5xx, at most twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiProblem(error) && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}
