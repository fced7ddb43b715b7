import { OrganisationChooserPage, RequireLogin } from '@kring/common';

export default function ChooseOrganisationPage() {
  return (
    <RequireLogin>
      <OrganisationChooserPage />
    </RequireLogin>
  );
}
