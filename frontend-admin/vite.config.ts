import { portalViteConfig } from '../frontend-common/vite.portal.ts';

export default portalViteConfig('admin');
