import { useTranslation } from 'react-i18next';

/** Shown while a page's code or data loads for more than a moment. */
export function RoutePending() {
  const { t } = useTranslation();
  return (
    <div className="container-xxl shell-content py-5" role="status">
      <div className="progress progress-indeterminate" aria-hidden="true">
        <div className="progress-bar" />
      </div>
      <p className="mt-2">{t('common.loading')}</p>
    </div>
  );
}
