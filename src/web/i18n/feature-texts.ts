/**
 * The texts of the signed-in pages, by feature, in both languages. They are added to i18next when the
 * signed-in frame loads (shell/app-layout.tsx), so the login page does not download them.
 */
import type { i18n } from 'i18next';
import type { Texts } from './it.js';
import { performanceIt } from './performance.it.js';
import { resultsIt } from './results.it.js';
import { smvpIt } from './smvp.it.js';
import { adminIt } from './admin.it.js';
import { importsIt } from './imports.it.js';
import { monitoringIt } from './monitoring.it.js';
import { lifecycleIt } from './lifecycle.it.js';
import { documentsIt } from './documents.it.js';
import { cardsIt } from './cards.it.js';
import { performanceEn } from './performance.en.js';
import { resultsEn } from './results.en.js';
import { smvpEn } from './smvp.en.js';
import { adminEn } from './admin.en.js';
import { importsEn } from './imports.en.js';
import { monitoringEn } from './monitoring.en.js';
import { lifecycleEn } from './lifecycle.en.js';
import { documentsEn } from './documents.en.js';
import { cardsEn } from './cards.en.js';

export const featureTextsIt = {
  performance: performanceIt,
  results: resultsIt,
  smvp: smvpIt,
  admin: adminIt,
  imports: importsIt,
  monitoring: monitoringIt,
  lifecycle: lifecycleIt,
  documents: documentsIt,
  cards: cardsIt,
} as const;

export type FeatureTextsIt = typeof featureTextsIt;

export const featureTextsEn: Pick<Texts, keyof FeatureTextsIt> = {
  performance: performanceEn,
  results: resultsEn,
  smvp: smvpEn,
  admin: adminEn,
  imports: importsEn,
  monitoring: monitoringEn,
  lifecycle: lifecycleEn,
  documents: documentsEn,
  cards: cardsEn,
};

export function registerFeatureTexts(i18next: i18n): void {
  i18next.addResourceBundle('it', 'translation', featureTextsIt, true, false);
  i18next.addResourceBundle('en', 'translation', featureTextsEn, true, false);
}
