import type { components, KringClient } from '@kring/client';
import { isApiProblem, requireData } from '@kring/client';
import { meKeys, useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { profileKeys } from './keys';

export type ProviderProfile = components['schemas']['ProviderProfileRead'];
export type PersonalStepBody = components['schemas']['PersonalStep'];
export type CompanyStepBody = components['schemas']['CompanyStep'];
export type ProfileStepBody = components['schemas']['ProfileStep'];
export type AvailabilityStepBody = components['schemas']['AvailabilityStep'];
export type ServicesStepBody = components['schemas']['ServicesStep'];
export type ServiceKind = PersonalStepBody['service_kinds'][number];
export type Place = components['schemas']['PlaceRead'];
export type Service = components['schemas']['ServiceRead'];
export type Fee = components['schemas']['FeeRead'];
export type WorkAreaKind = AvailabilityStepBody['work_area_kind'];
export type Weekday = keyof ProviderProfile['day_parts'];

/**
 * My provider profile and where the sign-up wizard stands, or `null` before the first step is
 * saved (the API answers 404 until then).
 */
export function useProviderProfile({ enabled = true }: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: profileKeys.all,
    queryFn: async ({ signal }): Promise<ProviderProfile | null> => {
      try {
        return await requireData(client.GET('/api/v1/provider/profile', { signal }));
      } catch (error) {
        if (isApiProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

/** Saves one wizard step; the API answers the whole profile, which replaces the cached one. */
function useSaveStep<TBody>(
  save: (client: KringClient, body: TBody) => Promise<ProviderProfile>,
  after?: () => void,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => save(client, body),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.all, profile);
      after?.();
    },
  });
}

/** Step "Persoonlijk": kinds of services, first name, how I heard of Kring. */
export function useSavePersonal() {
  const queryClient = useQueryClient();
  return useSaveStep(
    (client, body: PersonalStepBody) =>
      requireData(client.PUT('/api/v1/provider/profile/personal', { body })),
    // The first name is the account's: the header shows it too.
    () => void queryClient.invalidateQueries({ queryKey: meKeys.all }),
  );
}

/** Step "Bedrijf": KvK registration and the address the work area is measured from. */
export function useSaveCompany() {
  return useSaveStep((client, body: CompanyStepBody) =>
    requireData(client.PUT('/api/v1/provider/profile/company', { body })),
  );
}

/** Step "Profiel": the introduction and the long profile text. */
export function useSaveIntroduction() {
  return useSaveStep((client, body: ProfileStepBody) =>
    requireData(client.PUT('/api/v1/provider/profile/introduction', { body })),
  );
}

/** Step "Beschikbaarheid": the work area and the week's day parts. */
export function useSaveAvailability() {
  return useSaveStep((client, body: AvailabilityStepBody) =>
    requireData(client.PUT('/api/v1/provider/profile/availability', { body })),
  );
}

/** Step "Diensten & prijzen": categories, priced services and the general price note. */
export function useSaveServices() {
  return useSaveStep((client, body: ServicesStepBody) =>
    requireData(client.PUT('/api/v1/provider/profile/services', { body })),
  );
}
