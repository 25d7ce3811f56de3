/**
 * Italian / English switch in the slim header. Each button's accessible name is the language's own
 * name in that language ("Italiano", "English"), which contains the visible short label.
 */
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n.js';
import { appLanguages } from '../i18n/format.js';
import { useAppLanguage } from '../i18n/use-app-language.js';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  return (
    <div className="language-switches d-flex align-items-center" role="group" aria-label={t('language.groupLabel')}>
      {appLanguages.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch"
          lang={option}
          aria-label={t(`language.${option}`)}
          aria-pressed={option === language}
          onClick={() => void changeLanguage(option)}
        >
          {t(`language.short.${option}`)}
        </button>
      ))}
    </div>
  );
}
