// The service dashboard's volunteers: the neighbourhoods the organisation serves with their
// share of volunteers, the volunteer list (filtered by neighbourhood, skills and words) and
// writing to a selection of volunteers (a message in Kring or an e-mail through Kring).
import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';

export type ServedNeighbourhood = components['schemas']['ServedNeighbourhood'];
export type Volunteer = components['schemas']['Volunteer'];
export type VolunteerMessage = components['schemas']['VolunteerMessage'];
export type VolunteerMessageResult = components['schemas']['VolunteerMessageResult'];
export type Skill = components['schemas']['SkillRead'];

/** The API's limits on what a member sends. */
export const SUBJECT_MAX = 120;
export const TEXT_MAX = 2000;
export const RECIPIENTS_MAX = 200;
export const VOLUNTEERS_PAGE_SIZE = 50;

export interface VolunteerFilters {
  neighbourhoodId: string | null;
  skillIds: string[];
  q: string;
}

export const volunteerKeys = {
  all: ['volunteers'] as const,
  served: (organisationId: string) => ['volunteers', organisationId, 'served'] as const,
  list: (organisationId: string, filters: VolunteerFilters) =>
    ['volunteers', organisationId, 'list', filters] as const,
  skills: ['skills'] as const,
};

/** The neighbourhoods the organisation serves, with residents and volunteers counted. */
export function useServedNeighbourhoods(organisationId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: volunteerKeys.served(organisationId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/neighbourhoods', {
          params: { path: { organisation_id: organisationId } },
          signal,
        }),
      ),
  });
}

/** The skills list, in the reader's language. */
export function useSkills() {
  const client = useApiClient();
  return useQuery({
    queryKey: volunteerKeys.skills,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/skills', { signal })),
    staleTime: 60 * 60 * 1000,
  });
}

/** The volunteers, by neighbourhood and name; "Load more" fetches the next page. */
export function useVolunteers(organisationId: string, filters: VolunteerFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: volunteerKeys.list(organisationId, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/volunteers', {
          params: {
            path: { organisation_id: organisationId },
            query: {
              limit: VOLUNTEERS_PAGE_SIZE,
              ...(filters.neighbourhoodId ? { neighbourhood_id: filters.neighbourhoodId } : {}),
              ...(filters.skillIds.length ? { skill_id: filters.skillIds } : {}),
              ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** A message or e-mail to the chosen volunteers. */
export function useWriteVolunteers(organisationId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (body: VolunteerMessage) =>
      requireData(
        client.POST('/api/v1/organisations/{organisation_id}/volunteers/messages', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
  });
}
