import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HelperSummary } from '../api/helpers';

type Standing = 'draft' | 'suspended' | 'waiting' | 'paused' | 'matchable';

export function standingOf(helper: HelperSummary): Standing {
  if (helper.status === 'suspended') return 'suspended';
  if (helper.status === 'draft') return 'draft';
  if (!helper.identity_document_seen) return 'waiting';
  if (!helper.accepting_new) return 'paused';
  return 'matchable';
}

const COLOURS: Record<Standing, string> = {
  draft: 'gray',
  suspended: 'red',
  waiting: 'kringClay',
  paused: 'gray',
  matchable: 'kringTeal',
};

/** Where a helper stands for matching, in one badge. */
export function HelperStanding({ helper }: { helper: HelperSummary }) {
  const { t } = useTranslation();
  const standing = standingOf(helper);
  return (
    <Badge variant="light" color={COLOURS[standing]} tt="none" size="lg">
      {t(`helpers.standing.${standing}`)}
    </Badge>
  );
}
