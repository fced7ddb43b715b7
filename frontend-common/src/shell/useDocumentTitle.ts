import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "page · portal · Kring", following the language. */
export function useDocumentTitle(...parts: string[]) {
  const { t } = useTranslation();
  const title = [...parts, t('common.brand')].filter(Boolean).join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
