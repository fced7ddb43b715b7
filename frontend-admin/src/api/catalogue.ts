import type { components } from '@kring/client';
import { requireData } from '@kring/client';
import { useApiClient, useStepUp } from '@kring/common';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { deviceKeys } from './keys';

export type Device = components['schemas']['DeviceAdminRead'];
export type DeviceOption = components['schemas']['OptionAdminRead'];
export type DeviceCreate = components['schemas']['DeviceCreate'];
export type DeviceUpdate = components['schemas']['DeviceUpdate'];
export type OptionCreate = components['schemas']['OptionCreate'];
export type OptionUpdate = components['schemas']['OptionUpdate'];
export type DeviceCategory = components['schemas']['DeviceCategory'];
export type DeviceSupply = components['schemas']['DeviceSupply'];
export type DevicesPage = components['schemas']['Page_DeviceAdminRead_'];

export const DEVICE_CATEGORIES: readonly DeviceCategory[] = ['GRZ', 'ELV', 'AD'];
export const DEVICE_SUPPLIES: readonly DeviceSupply[] = ['rental', 'sale'];

/** Devices per "show more". */
export const DEVICES_PAGE_SIZE = 50;

export interface DeviceFilters {
  q: string;
  category: DeviceCategory | null;
  /** Only active (true) or only withdrawn (false) devices; null: both. */
  active: boolean | null;
}

export function deviceFiltersFrom(params: URLSearchParams): DeviceFilters {
  const category = params.get('category');
  const active = params.get('active');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    category: DEVICE_CATEGORIES.includes(category as DeviceCategory)
      ? (category as DeviceCategory)
      : null,
    active: active === 'true' ? true : active === 'false' ? false : null,
  };
}

export function deviceQuery(filters: DeviceFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.q) query.set('q', filters.q);
  if (filters.category) query.set('category', filters.category);
  if (filters.active !== null) query.set('active', String(filters.active));
  return query;
}

/** The catalogue by code, a page at a time. */
export function useDevices(filters: DeviceFilters) {
  const client = useApiClient();
  return useInfiniteQuery({
    queryKey: deviceKeys.list(deviceQuery(filters).toString()),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      requireData(
        client.GET('/api/v1/admin/assistive-devices', {
          params: {
            query: {
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.category ? { category: filters.category } : {}),
              ...(filters.active !== null ? { active: filters.active } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: DEVICES_PAGE_SIZE,
            },
          },
          signal,
        }),
      ),
    getNextPageParam: (last: DevicesPage) => last.next_cursor,
    // A new filter keeps the last list on screen until its own first page is there.
    placeholderData: keepPreviousData,
  });
}

export function useDevice(deviceId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: deviceKeys.detail(deviceId),
    queryFn: ({ signal }) =>
      requireData(
        client.GET('/api/v1/admin/assistive-devices/{device_id}', {
          params: { path: { device_id: deviceId } },
          signal,
        }),
      ),
  });
}

/** Every answer is the device as stored, options included: it replaces the page's copy. */
function useDeviceSaved() {
  const queryClient = useQueryClient();
  return (device: Device) => {
    queryClient.setQueryData(deviceKeys.detail(device.id), device);
    void queryClient.invalidateQueries({ queryKey: [...deviceKeys.all, 'list'] });
  };
}

export function useCreateDevice() {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: DeviceCreate) =>
      stepUp(() => requireData(client.POST('/api/v1/admin/assistive-devices', { body }))),
    onSuccess: useDeviceSaved(),
  });
}

/** Only what changed is sent; `active: false` withdraws the device from the pro portal. */
export function useUpdateDevice(deviceId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: DeviceUpdate) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/assistive-devices/{device_id}', {
            params: { path: { device_id: deviceId } },
            body,
          }),
        ),
      ),
    onSuccess: useDeviceSaved(),
  });
}

export function useCreateOption(deviceId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: (body: OptionCreate) =>
      stepUp(() =>
        requireData(
          client.POST('/api/v1/admin/assistive-devices/{device_id}/options', {
            params: { path: { device_id: deviceId } },
            body,
          }),
        ),
      ),
    onSuccess: useDeviceSaved(),
  });
}

export function useUpdateOption(deviceId: string) {
  const client = useApiClient();
  const stepUp = useStepUp();
  return useMutation({
    mutationFn: ({ optionId, body }: { optionId: string; body: OptionUpdate }) =>
      stepUp(() =>
        requireData(
          client.PATCH('/api/v1/admin/assistive-devices/{device_id}/options/{option_id}', {
            params: { path: { device_id: deviceId, option_id: optionId } },
            body,
          }),
        ),
      ),
    onSuccess: useDeviceSaved(),
  });
}
