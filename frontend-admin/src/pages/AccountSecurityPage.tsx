import { AccountSecurityPage, RequireLogin } from '@kring/common';

export default function SecurityPage() {
  return (
    <RequireLogin>
      <AccountSecurityPage portal="admin" />
    </RequireLogin>
  );
}
