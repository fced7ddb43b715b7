import { ConfirmEmailPage as CommonConfirmEmailPage } from '@kring/common';

export default function ConfirmEmailPage() {
  return <CommonConfirmEmailPage />;
}
