import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A package's stars, as the source shows them (★★★), named for screen readers ("3 sterren"). */
export function Stars({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <Text
      component="span"
      role="img"
      aria-label={t('promotion.stars', { count })}
      c="kringClay.7"
      fz={22}
      lh={1}
      style={{ letterSpacing: 2 }}
    >
      {'★'.repeat(count)}
    </Text>
  );
}
