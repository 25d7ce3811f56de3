import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer py-4 mt-5">
      <div className="container-xxl shell-content">
        <p className="mb-0">{t('footer.product')}</p>
      </div>
    </footer>
  );
}
