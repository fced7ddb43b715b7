import { VerifyEmailPage } from '@kring/common';

export default VerifyEmailPage;
