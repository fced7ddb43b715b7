import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DetailList.module.css';

export interface Detail {
  label: string;
  /** Empty (null, undefined, '') shows "not filled in". */
  value: ReactNode;
}

/** Labels and their values as a description list: side by side, one under the other on phones. */
export function DetailList({ details }: { details: readonly Detail[] }) {
  const { t } = useTranslation();
  return (
    <dl className={classes.list}>
      {details.map((detail) => (
        <div key={detail.label} style={{ display: 'contents' }}>
          <dt className={classes.term}>{detail.label}</dt>
          <dd className={classes.value}>
            {detail.value === null || detail.value === undefined || detail.value === '' ? (
              <Text component="span" c="dark.4" fs="italic">
                {t('member.notGiven')}
              </Text>
            ) : (
              detail.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
