import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactStatus } from '../api/contactRequests';

/** Each status its colour: a light badge, the words in the darkest shade for contrast. */
const STATUS_COLOUR: Record<ContactStatus, { color: string; text: string }> = {
  new: { color: 'kringClay', text: 'kringClay.9' },
  in_progress: { color: 'blue', text: 'blue.9' },
  handled: { color: 'kringTeal', text: 'kringTeal.9' },
};

/** Where a request stands, in words: Nieuw, In behandeling, Afgehandeld. */
export function StatusBadge({ status }: { status: ContactStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={STATUS_COLOUR[status].color}
      c={STATUS_COLOUR[status].text}
      tt="none"
      size="lg"
      data-testid="request-status"
    >
      {t(`requests.status.${status}`)}
    </Badge>
  );
}

/** Past the two working days without an answer: red, and it says so ("Te laat"). */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red.9" tt="none" size="lg" data-testid="request-overdue">
      {t('requests.overdue')}
    </Badge>
  );
}
