import { ForgotPasswordPage as CommonForgotPasswordPage } from '@kring/common';

export default function ForgotPasswordPage() {
  return <CommonForgotPasswordPage portal="admin" />;
}
