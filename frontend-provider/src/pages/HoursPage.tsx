import { RequireLogin } from '@kring/common';
import { HoursPage } from '../hours/HoursPage';

export default function HoursRoute() {
  return (
    <RequireLogin>
      <HoursPage />
    </RequireLogin>
  );
}
