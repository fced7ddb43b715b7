import { requireData } from '@kring/client';
import { meKeys, useApiClient } from '@kring/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contactDetailsKeys, memberKeys } from './keys';
import type { Member, MemberUpdate } from './members';

/** My own contact details, rights and flags in the organisation I act for. */
export function useMyContactDetails() {
  const client = useApiClient();
  return useQuery({
    queryKey: contactDetailsKeys.all,
    queryFn: ({ signal }) => requireData(client.GET('/api/v1/me/contact-details', { signal })),
  });
}

/** Change my personal details and my two flags (not my e-mail address, not my rights). */
export function useUpdateMyContactDetails() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberUpdate): Promise<Member> =>
      requireData(client.PATCH('/api/v1/me/contact-details', { body })),
    onSuccess: (member) => {
      queryClient.setQueryData(contactDetailsKeys.all, member);
      // My name may show in the header and in the list of contact persons.
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}
