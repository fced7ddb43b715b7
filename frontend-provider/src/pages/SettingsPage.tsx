import { RequireLogin } from '@kring/common';
import { SettingsPage } from '../settings/SettingsPage';

export default function ProviderSettingsPage() {
  return (
    <RequireLogin>
      <SettingsPage />
    </RequireLogin>
  );
}
