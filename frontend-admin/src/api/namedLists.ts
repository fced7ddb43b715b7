import { LANGUAGES, type Language } from '@kring/common';
import { useQueries } from '@tanstack/react-query';

/** An item of a public list with its name in each language (staff add and rename them). */
export type Named<T> = T & { names: Record<Language, string> };

/** The request in one language, whatever language the console is in. */
export const inLanguage = (language: Language) => ({
  onRequest({ request }: { request: Request }) {
    request.headers.set('Accept-Language', language);
    return request;
  },
});

/**
 * A public list (categories, skills) with each item's three names: the list read once in each
 * language (the API names an item in the reader's language), in the API's order.
 */
export function useInEveryLanguage<T extends { id: string; name: string }>(
  keyOf: (language: Language) => readonly unknown[],
  read: (language: Language, signal: AbortSignal) => Promise<T[]>,
) {
  return useQueries({
    queries: LANGUAGES.map((language) => ({
      queryKey: keyOf(language),
      queryFn: ({ signal }: { signal: AbortSignal }) => read(language, signal),
    })),
    combine: (results) => {
      const failed = results.find((result) => result.isError);
      const [first] = results;
      const named: Named<T>[] | undefined = results.every((result) => result.data)
        ? (first?.data ?? []).map((item) => ({
            ...item,
            names: Object.fromEntries(
              LANGUAGES.map((language, index) => [
                language,
                results[index]?.data?.find((other) => other.id === item.id)?.name ?? item.name,
              ]),
            ) as Record<Language, string>,
          }))
        : undefined;
      return {
        data: named,
        isPending: results.some((result) => result.isPending),
        error: failed?.error ?? null,
        refetch: () => Promise.all(results.map((result) => result.refetch())),
      };
    },
  });
}
