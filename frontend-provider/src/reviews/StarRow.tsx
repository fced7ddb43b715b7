import { Group } from '@mantine/core';

const GOLD = '#b7791f';
const EMPTY = '#ced4da';
const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

/**
 * Five stars, the first `filled` of them full (rounded: 3,6 shows four). Decorative: the words
 * next to them ("4,0 uit 5", "4 sterren") are what screen readers hear.
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
            stroke={star <= full ? '#8a5a00' : '#868e96'}
            strokeWidth="1"
            strokeLinejoin="round"
          />
        </svg>
      ))}
    </Group>
  );
}
