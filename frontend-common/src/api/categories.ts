import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../i18n/languages';
import { useApiClient } from './ApiClientContext';

export type Category = components['schemas']['CategoryRead'];

export const categoryKeys = {
  all: ['categories'] as const,
  /** The names come in the language of the request. */
  inLanguage: (language: string) => ['categories', language] as const,
};

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
