import { SignupPage as CommonSignupPage } from '@kring/common';

export default function SignupPage() {
  return <CommonSignupPage portal="partner" />;
}
