import { useTranslation } from 'react-i18next';
import { type AppLanguage, isAppLanguage, localeOf } from './format.js';

/** The current UI language and its Intl locale; re-renders when the user switches language. */
export function useAppLanguage(): { language: AppLanguage; locale: string } {
  const { i18n } = useTranslation();
  const language: AppLanguage = isAppLanguage(i18n.language) ? i18n.language : 'it';
  return { language, locale: localeOf(language) };
}
