// Projects in the staff console: the list (filters: organisation, mine, name), one project with
// its members, the care managers who may lead one, its shifts (upcoming or past), and the
// changes care managers and admins make.
import type { components, operations } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export type StaffProjectSummary = components['schemas']['StaffProjectSummary'];
export type StaffProject = components['schemas']['StaffProjectRead'];
export type ProjectCreate = components['schemas']['ProjectCreate'];
export type ProjectUpdate = components['schemas']['ProjectUpdate'];
export type ProjectKind = components['schemas']['ProjectKind'];
export type CareManager = components['schemas']['CareManager'];
export type StaffShift = components['schemas']['StaffShiftRead'];
export type ShiftCreate = components['schemas']['ShiftCreate'];
export type ShiftConfirmed = components['schemas']['ShiftConfirmed'];
export type ShiftFunction = components['schemas']['ShiftFunction'];
export type ShiftStatus = components['schemas']['ShiftStatus'];
export type ShiftsWhen = NonNullable<
  NonNullable<operations['admin:list_project_shifts']['parameters']['query']>['when']
>;

export const PROJECT_KINDS = [
  'residential',
  'day_care',
  'home_care',
  'other',
] as const satisfies readonly ProjectKind[];
export const SHIFT_FUNCTIONS = [
  'nurse',
  'carer',
  'care_assistant',
  'support_worker',
  'domestic_help',
  'host',
] as const satisfies readonly ShiftFunction[];
export const SHIFTS_WHEN = ['upcoming', 'past'] as const satisfies readonly ShiftsWhen[];
export const PROJECTS_PAGE_SIZE = 25;
export const SHIFTS_PAGE_SIZE = 25;

/** The list's filters, as the address and the API both name them. */
export interface ProjectFilters {
  organisation: string | null;
  mine: boolean;
  q: string;
}

export const projectKeys = {
  all: ['projects'] as const,
  list: (filters: ProjectFilters) => ['projects', 'list', filters] as const,
  detail: (projectId: string) => ['projects', 'detail', projectId] as const,
  shifts: (projectId: string, when: ShiftsWhen) => ['projects', 'shifts', projectId, when] as const,
  careManagers: ['projects', 'care-managers'] as const,
};

/** Current projects first, then ended ones; by name. */
export function useStaffProjects(filters: ProjectFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: projectKeys.list(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/projects', {
          params: {
            query: {
              ...(filters.organisation ? { organisation: filters.organisation } : {}),
              ...(filters.mine ? { mine: true } : {}),
              ...(filters.q ? { q: filters.q } : {}),
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

export function useStaffProject(projectId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: projectKeys.detail(projectId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/projects/{project_id}', {
          params: { path: { project_id: projectId } },
          signal,
        }),
      ),
    enabled: Boolean(projectId),
  });
}

/** Who may lead a project: active staff with the care manager role. */
export function useCareManagers() {
  const client = useApiClient();
  return useQuery({
    queryKey: projectKeys.careManagers,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/admin/care-managers', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function useCreateProject() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCreate) =>
      requireData(client.POST('/api/v1/admin/projects', { body })),
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
      queryClient.setQueryData(projectKeys.detail(project.id), project);
    },
  });
}

export function useUpdateProject(projectId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectUpdate) =>
      requireData(
        client.PATCH('/api/v1/admin/projects/{project_id}', {
          params: { path: { project_id: projectId } },
          body,
        }),
      ),
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
      queryClient.setQueryData(projectKeys.detail(project.id), project);
    },
  });
}

/** Add (`on`) or remove a contact person of the project's organisation. */
export function useProjectMember(projectId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ membershipId, on }: { membershipId: string; on: boolean }) => {
      const params = { path: { project_id: projectId, membership_id: membershipId } };
      const path = '/api/v1/admin/projects/{project_id}/members/{membership_id}';
      const { error } = on
        ? await client.PUT(path, { params })
        : await client.DELETE(path, { params });
      if (error) throw error;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export function useStaffShifts(projectId: string, when: ShiftsWhen) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: projectKeys.shifts(projectId, when),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/projects/{project_id}/shifts', {
          params: {
            path: { project_id: projectId },
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

export function useCreateShift(projectId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShiftCreate) =>
      requireData(
        client.POST('/api/v1/admin/projects/{project_id}/shifts', {
          params: { path: { project_id: projectId } },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** Confirm (the service confirmations go out) or cancel a shift. */
export function useShiftAction(action: 'confirm' | 'cancel') {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shiftId: string): Promise<StaffShift | ShiftConfirmed> => {
      const params = { path: { shift_id: shiftId } };
      return action === 'confirm'
        ? requireData(client.POST('/api/v1/admin/shifts/{shift_id}/confirm', { params }))
        : requireData(client.POST('/api/v1/admin/shifts/{shift_id}/cancel', { params }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

/** The organisation's contact persons whose name, e-mail or department holds `search` (the
 * first 20 by name; all when `search` is empty), to add one to a project (audited). */
export function useOrganisationContacts(organisationId: string, search: string) {
  const client = useApiClient();
  const q = search.trim();
  return useQuery({
    queryKey: ['projects', 'contacts', organisationId, q] as const,
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/organisations/{organisation_id}/members', {
          params: {
            path: { organisation_id: organisationId },
            query: { limit: 20, ...(q ? { q } : {}) },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** "07:00:00" as "07:00". */
export function clock(time: string): string {
  return time.slice(0, 5);
}
