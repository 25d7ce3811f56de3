import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title.js';
import { SkipLinks } from '../shell/skip-links.js';

/** Unknown addresses. Rendered without the signed-in frame, so it never needs the API. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <>
      <SkipLinks withNavigation={false} />
      <main id="main-content" tabIndex={-1} className="container-xxl shell-content py-5">
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('errors.notFoundBody')}</p>
        <Link to="/" className="btn btn-primary">{t('errors.backHome')}</Link>
      </main>
    </>
  );
}
