/**
 * react-i18next set-up: Italian by default, English available. The user's choice is remembered in
 * localStorage and mirrored on <html lang> so that screen readers pronounce the page correctly.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { it, type AllTextsIt } from './it.js';
import { type AppLanguage, isAppLanguage } from './format.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllTextsIt };
  }
}

export const languageStorageKey = 'traguardo.language';

export function readStoredLanguage(): AppLanguage | null {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isAppLanguage(stored) ? stored : null;
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the default
  }
}

function storeLanguage(language: AppLanguage): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // not remembered, still applied for this visit
  }
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18next.language) ? i18next.language : 'it';
}

/** Switches language by the user's explicit choice, and remembers it. */
export async function changeLanguage(language: AppLanguage): Promise<void> {
  storeLanguage(language);
  await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = isAppLanguage(language) ? language : 'it';
  });
  await i18next.use(initReactI18next).init({
    resources: { it: { translation: it }, en: { translation: en } },
    lng: readStoredLanguage() ?? 'it',
    fallbackLng: 'it',
    supportedLngs: ['it', 'en'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  return i18next;
}
