import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { toLanguage, useApiClient } from '@kring/common';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { categoryKeys } from './keys';

export type Category = components['schemas']['CategoryRead'];

/** The categories of services, named in the UI's language, "Overige" last. */
export function useCategories() {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useQuery({
    queryKey: categoryKeys.inLanguage(language),
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/categories', { signal })),
    staleTime: 60 * 60_000,
  });
}
