import { RequireLogin, useMe } from '@kring/common';
import type { ReactNode } from 'react';
import { isStaff, mayDo, type StaffTask } from '../api/staffTasks';
import { NotStaff } from './NotStaff';
import { NotAllowed } from './NotAllowed';

/**
 * A console page: signed-in staff only (anyone else sees what the console is for), and, with
 * `task`, only staff whose role allows it (the API refuses the others anyway).
 */
export function RequireStaff({ task, children }: { task?: StaffTask; children: ReactNode }) {
  return (
    <RequireLogin>
      <StaffOnly task={task}>{children}</StaffOnly>
    </RequireLogin>
  );
}

function StaffOnly({ task, children }: { task: StaffTask | undefined; children: ReactNode }) {
  const me = useMe();
  if (!isStaff(me.data)) return <NotStaff />;
  if (task && !mayDo(me.data, task)) return <NotAllowed />;
  return <>{children}</>;
}
