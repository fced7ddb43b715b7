import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import type { Rating } from './types';

const GOLD = '#b7791f';
const EMPTY = '#e9ecef';
const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

/**
 * Five stars, the first `filled` of them full (rounded: 3,6 shows four). Decorative: the words
 * next to them ("4,5 van 5", "4 sterren") are what screen readers hear.
 */
export function StarRow({ filled, size = 18 }: { filled: number; size?: number }) {
  const full = Math.round(filled);
  return (
    <Group gap={1} wrap="nowrap" aria-hidden="true" component="span" style={{ flex: 'none' }}>
      {[1, 2, 3, 4, 5].map((star) => (
        <svg key={star} width={size} height={size} viewBox="0 0 24 24" focusable="false">
          <path
            d={STAR_PATH}
            fill={star <= full ? GOLD : EMPTY}
            stroke={star <= full ? '#8a5a00' : '#6c757d'}
            strokeWidth="1"
            strokeLinejoin="round"
          />
        </svg>
      ))}
    </Group>
  );
}

/** "★★★★☆ 4,5 van 5 (12 beoordelingen)", or "Nog geen beoordelingen". */
export function RatingSummary({ rating, size = 'sm' }: { rating: Rating; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rating.average === null || rating.count === 0) {
    return (
      <Text size={size} c="dark.5">
        {t('profile.rating.none')}
      </Text>
    );
  }
  return (
    <Group gap={8} wrap="wrap" align="center">
      <StarRow filled={rating.average} size={size === 'md' ? 22 : 18} />
      <Text size={size} fw={700}>
        {t('profile.rating.average', { average: format.average(rating.average) })}
      </Text>
      <Text size={size} c="dark.5">
        {t('profile.rating.count', { count: rating.count })}
      </Text>
    </Group>
  );
}
