/**
 * The names of the entity's components in the current language. The engine's explanation names a
 * component in Italian; the scoring policy of the year has its bilingual label.
 */
import { useQuery } from '@tanstack/react-query';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { policyQueryOptions } from '../../pages/policy/policy-queries.js';

export function useComponentLabel(entityCode: string, year: number): (key: string, fallback: string) => string {
  const { language } = useAppLanguage();
  const policy = useQuery(policyQueryOptions(entityCode, year)).data?.policy;
  return (key, fallback) => policy?.entity.components.find((component) => component.key === key)?.label?.[language] ?? fallback;
}
