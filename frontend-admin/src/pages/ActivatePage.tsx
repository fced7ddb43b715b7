import { ActivatePage as CommonActivatePage } from '@kring/common';

export default function ActivatePage() {
  return <CommonActivatePage />;
}
