import { useTranslation } from 'react-i18next';

/** The first focusable elements of every page: jump over the header to the content or the navigation. */
export function SkipLinks({ withNavigation }: { withNavigation: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="skiplinks" aria-label={t('skipLinks.label')}>
      <a className="visually-hidden-focusable" href="#main-content">{t('skipLinks.main')}</a>
      {withNavigation ? <a className="visually-hidden-focusable" href="#main-navigation">{t('skipLinks.navigation')}</a> : null}
    </nav>
  );
}
