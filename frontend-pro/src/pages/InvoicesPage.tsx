import { ComingSoonPage } from './ComingSoonPage';

export default function InvoicesPage() {
  return <ComingSoonPage topic="invoices" />;
}
