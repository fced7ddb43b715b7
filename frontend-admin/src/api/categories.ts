import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { categoryKeys, LANGUAGES, useApiClient, useStepUp, type Language } from '@kring/common';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { categoryAdminKeys } from './keys';

export type CategoryNames = components['schemas']['CategoryNames'];
export type CategoryCreate = components['schemas']['CategoryCreate'];

/** A category with its name in each language, as staff add and rename it. */
export interface NamedCategory {
  id: string;
  slug: string;
  names: Record<Language, string>;
}

/** The request in one language, whatever language the console is in. */
const inLanguage = (language: Language) => ({
  onRequest({ request }: { request: Request }) {
    request.headers.set('Accept-Language', language);
    return request;
  },
});

/**
 * Every category with its three names: the public list, once in each language (the API names
 * a category in the reader's language). In the API's order: "Overige" (other) last.
 */
export function useNamedCategories() {
  const client = useApiClient();
  return useQueries({
    queries: LANGUAGES.map((language) => ({
      queryKey: categoryAdminKeys.inLanguage(language),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        requireData(
          client.GET('/api/v1/categories', { signal, middleware: [inLanguage(language)] }),
        ),
    })),
    combine: (results) => {
      const failed = results.find((result) => result.isError);
      const [first] = results;
      const named: NamedCategory[] | undefined = results.every((result) => result.data)
        ? (first?.data ?? []).map((category) => ({
            id: category.id,
            slug: category.slug,
            names: Object.fromEntries(
              LANGUAGES.map((language, index) => [
                language,
                results[index]?.data?.find((other) => other.id === category.id)?.name ??
                  category.name,
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

/** After a change every list of categories reloads: the console's and the portals' own. */
function useCategoriesChanged() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: categoryAdminKeys.all });
    void queryClient.invalidateQueries({ queryKey: categoryKeys.all });
  };
}

export function useCreateCategory() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: CategoryCreate) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/categories', { body }))),
    onSuccess: useCategoriesChanged(),
  });
}

/** New names in the three languages; the slug stays, so links to the search keep working. */
export function useRenameCategory(categoryId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: CategoryNames) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/categories/{category_id}', {
            params: { path: { category_id: categoryId } },
            body,
          }),
        ),
      ),
    onSuccess: useCategoriesChanged(),
  });
}
