/** The login page: username and password; errors (wrong credentials, lock-out, too many attempts) in an alert. */
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title.js';
import { LanguageSwitch } from '../shell/language-switch.js';
import { SiteFooter } from '../shell/site-footer.js';
import { SiteHeader } from '../shell/site-header.js';
import { SkipLinks } from '../shell/skip-links.js';
import { LoginForm } from './login-form.js';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  return (
    <>
      <SkipLinks withNavigation={false} />
      <SiteHeader slimTitle={t('login.area')} slimRight={<LanguageSwitch />} />
      <main id="main-content" tabIndex={-1} className="container-xxl shell-content py-5">
        <div className="login-card mx-auto">
          <h1 className="h2">{t('login.title')}</h1>
          <p className="mb-5">{t('login.intro')}</p>
          <LoginForm />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
