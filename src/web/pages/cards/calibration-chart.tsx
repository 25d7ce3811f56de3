/**
 * The card scores per group (evaluator or unit) as a strip chart: one row per group, one dot per card,
 * a line at the high threshold (95). The table next to it is the accessible equivalent; the chart is a
 * labelled image.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { Calibration, CalibrationReport } from './card-queries.js';
import type { CalibrationChartOption, ECharts } from './calibration-chart-echarts.js';

export function CalibrationChart({ data, report, by }: { data: Calibration; report: CalibrationReport; by: 'evaluator' | 'unit' }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('./calibration-chart-echarts.js').then(({ init }) => {
      if (disposed || !container.current) return;
      const instance = init(container.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(container.current);
      instance.setOption(optionOf(), { notMerge: true });
    });
    return () => { disposed = true; observer?.disconnect(); chart.current?.dispose(); chart.current = null; };
  }, []);

  function optionOf(): CalibrationChartOption {
    const groups = report.groups.map((group) => group.key);
    const keyOf = (card: Calibration['cards'][number]) => (by === 'unit' ? card.orgUnit : card.evaluator?.code) ?? '—';
    const points = data.cards.filter((card) => card.adjusted !== null).map((card) => ({ value: [card.adjusted!, groups.indexOf(keyOf(card))], name: card.person.name }));
    return {
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: (params: unknown) => { const p = params as { name: string; value: number[] }; return `${p.name}: ${formatNumber(p.value[0]!, { locale, decimals: 2 })}`; } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: (value: { min: number }) => Math.max(0, Math.floor(value.min - 5)), max: 100, axisLabel: { formatter: (value: number) => formatNumber(value, { locale }) } },
      yAxis: { type: 'category', data: report.groups.map((group) => group.label[language]), axisLabel: { fontSize: 13 } },
      series: [{
        type: 'scatter', symbolSize: 14, itemStyle: { color: '#0066cc' }, data: points,
        markLine: { symbol: 'none', lineStyle: { color: '#cc334d', type: 'dashed' }, data: [{ xAxis: report.highThreshold }], label: { formatter: `≥ ${formatNumber(report.highThreshold, { locale })}` } },
      }],
    };
  }

  useEffect(() => { chart.current?.setOption(optionOf(), { notMerge: true }); });

  return (
    <div ref={container} role="img" aria-label={t('cards.calibration.chartLabel', { by: by === 'unit' ? t('cards.calibration.byUnit') : t('cards.calibration.byEvaluator') })}
      style={{ width: '100%', height: `${Math.max(160, report.groups.length * 60 + 60)}px` }} data-testid="calibration-chart" />
  );
}
