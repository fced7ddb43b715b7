import { ComingSoonPage } from './ComingSoonPage';

export default function OrdersPage() {
  return <ComingSoonPage topic="orders" />;
}
