import { StatusBadge } from '@kring/common';
import { useTranslation } from 'react-i18next';
import type { Provider, VogStatus } from '../api/providers';

const STATUS_COLOURS: Record<Provider['status'], string> = {
  draft: 'gray',
  awaiting_payment: 'yellow',
  awaiting_vog: 'orange',
  live: 'kringTeal',
  suspended: 'red',
  offline: 'gray',
};

export function ProviderStatusBadge({ status }: { status: Provider['status'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOURS[status]}>{t(`providers.status.${status}`)}</StatusBadge>
  );
}

/** Where the provider's VOG stands; nothing for a provider who needs none and sent none. */
export function vogStatusOf(provider: Provider): VogStatus | null {
  if (provider.vog) return provider.vog.status;
  return provider.professional ? 'missing' : null;
}
