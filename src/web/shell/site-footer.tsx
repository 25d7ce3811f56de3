import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer py-4 mt-5">
      <div className="container-xxl">
        <div className="row">
          <div className="col">
            <p className="mb-0 px-lg-3">{t('footer.product')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
