import { RequireLogin } from '@kring/common';
import { Wizard } from '../wizard/Wizard';

export default function WizardPage() {
  return (
    <RequireLogin>
      <Wizard />
    </RequireLogin>
  );
}
