import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { toLanguage, useApiClient } from '@kring/common';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { functionCodeKeys, organisationDetailKeys } from './keys';

export type Organisation = components['schemas']['OrganisationRead'];
export type Address = components['schemas']['Address'];
export type ContactCard = components['schemas']['SupplierContactCard'];
export type FunctionCode = components['schemas']['FunctionCode'];

/** The organisation I act for: its details and the supplier's contact card. Read-only. */
export function useOrganisation(organisationId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: organisationDetailKeys.detail(organisationId ?? ''),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}', {
          params: { path: { organisation_id: organisationId ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(organisationId),
    staleTime: 5 * 60_000,
  });
}

/** The functions a contact person can have (Careflex's table), labelled in the UI language. */
export function useFunctionCodes() {
  const client = useApiClient();
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useQuery({
    queryKey: functionCodeKeys.inLanguage(language),
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/function-codes', { signal })),
    staleTime: 60 * 60_000,
  });
}

/** The label of a function code, or undefined when there is none (or it is unknown). */
export function functionLabel(
  codes: readonly FunctionCode[] | undefined,
  code: number | null | undefined,
): string | undefined {
  if (code === null || code === undefined) return undefined;
  return codes?.find((candidate) => candidate.code === code)?.label ?? String(code);
}
