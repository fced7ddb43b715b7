import { ResetPasswordPage } from '@kring/common';

export default ResetPasswordPage;
