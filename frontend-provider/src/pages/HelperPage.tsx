import { RequireLogin } from '@kring/common';
import { HelperPage } from '../helper/HelperPage';

export default function HelperRoute() {
  return (
    <RequireLogin>
      <HelperPage />
    </RequireLogin>
  );
}
