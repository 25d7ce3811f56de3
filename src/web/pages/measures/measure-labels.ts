/** Labels of measure units and periodicities in the current language (unknown values shown as they are). */
import { useTranslation } from 'react-i18next';

export const MEASURE_UNITS = ['number', 'percent', 'days', 'euro', 'date', 'boolean', 'text'] as const;
export const PERIODICITIES = ['annual', 'semester', 'four_monthly', 'quarterly', 'monthly'] as const;

export function useMeasureLabels() {
  const { t } = useTranslation();
  return {
    unit: (unit: string | undefined) =>
      unit && (MEASURE_UNITS as readonly string[]).includes(unit) ? t(`performance.units.${unit as (typeof MEASURE_UNITS)[number]}`) : unit ?? t('performance.units.number'),
    periodicity: (value: string | undefined) =>
      value && (PERIODICITIES as readonly string[]).includes(value) ? t(`performance.periodicity.${value as (typeof PERIODICITIES)[number]}`) : value ?? t('performance.periodicity.none'),
  };
}
