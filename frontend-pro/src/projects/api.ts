// An organisation's projects: my projects or all of them, one project with its leader and
// members, and its shifts (upcoming or past), a page at a time.
import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';

export type ProjectSummary = components['schemas']['ProjectSummary'];
export type Project = components['schemas']['ProjectRead'];
export type ProjectMember = components['schemas']['ProjectMemberRead'];
export type Shift = components['schemas']['ShiftRead'];
export type ProjectKind = components['schemas']['ProjectKind'];
export type ShiftFunction = components['schemas']['ShiftFunction'];
export type ShiftStatus = components['schemas']['ShiftStatus'];
export type ProjectView = NonNullable<
  NonNullable<operations['projects:list']['parameters']['query']>['view']
>;
export type ShiftsWhen = NonNullable<
  NonNullable<operations['projects:list_shifts']['parameters']['query']>['when']
>;

export const PROJECT_VIEWS = ['mine', 'all'] as const satisfies readonly ProjectView[];
export const SHIFTS_WHEN = ['upcoming', 'past'] as const satisfies readonly ShiftsWhen[];
/** Items per page ("Load more" fetches the next page). */
export const PROJECTS_PAGE_SIZE = 20;
export const SHIFTS_PAGE_SIZE = 20;

/** The query keys of the projects, per organisation. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (organisationId: string, view: ProjectView) =>
    ['projects', organisationId, 'list', view] as const,
  detail: (organisationId: string, projectId: string) =>
    ['projects', organisationId, 'detail', projectId] as const,
  shifts: (organisationId: string, projectId: string, when: ShiftsWhen) =>
    ['projects', organisationId, 'shifts', projectId, when] as const,
};

/** My projects, or all I may see: current ones first, then ended ones. */
export function useProjects(organisationId: string, view: ProjectView) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: projectKeys.list(organisationId, view),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/projects', {
          params: {
            path: { organisation_id: organisationId },
            query: {
              view,
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: PROJECTS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });
}

/** One project with its address, leader and members. */
export function useProject(organisationId: string, projectId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: projectKeys.detail(organisationId, projectId ?? ''),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/projects/{project_id}', {
          params: { path: { organisation_id: organisationId, project_id: projectId ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(projectId),
  });
}

/** The project's shifts from today on (soonest first) or before (latest first). */
export function useShifts(organisationId: string, projectId: string, when: ShiftsWhen) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: projectKeys.shifts(organisationId, projectId, when),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/organisations/{organisation_id}/projects/{project_id}/shifts', {
          params: {
            path: { organisation_id: organisationId, project_id: projectId },
            query: {
              when,
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: SHIFTS_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last) => last.next_cursor,
  });
}

/** "07:00:00" as "07:00". */
export function clock(time: string): string {
  return time.slice(0, 5);
}
