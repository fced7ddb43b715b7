import { RequireLogin, SecondFactorSetupPage as CommonSetupPage } from '@kring/common';

export default function SecondFactorSetupPage() {
  return (
    <RequireLogin>
      <CommonSetupPage />
    </RequireLogin>
  );
}
