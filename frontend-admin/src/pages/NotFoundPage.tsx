import { NotFoundPage as CommonNotFoundPage, useDocumentTitle } from '@kring/common';
import { useTranslation } from 'react-i18next';

export default function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFound.title'), t('app.name'));
  return <CommonNotFoundPage />;
}
