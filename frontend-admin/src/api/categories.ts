import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { categoryKeys, useApiClient, useStepUp } from '@kring/common';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { categoryAdminKeys } from './keys';
import { inLanguage, useInEveryLanguage, type Named } from './namedLists';

export type CategoryNames = components['schemas']['CategoryNames'];
export type CategoryCreate = components['schemas']['CategoryCreate'];

/** A category with its name in each language, as staff add and rename it. */
export type NamedCategory = Named<components['schemas']['CategoryRead']>;

/** Every category with its three names, in the API's order: "Overige" (other) last. */
export function useNamedCategories() {
  const client = useApiClient();
  return useInEveryLanguage(categoryAdminKeys.inLanguage, (language, signal) =>
    requireData(client.GET('/api/v1/categories', { signal, middleware: [inLanguage(language)] })),
  );
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
