import { LoginPage as CommonLoginPage } from '@kring/common';

export default function LoginPage() {
  return <CommonLoginPage portal="admin" />;
}
