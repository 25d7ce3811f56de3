/**
 * The statuses per strategic area as a horizontal stacked bar chart (ECharts, loaded on demand): one
 * bar per area, one segment per status in the band's colour and a decal pattern, the band's symbol in
 * the legend. The table next to it is the accessible equivalent; the chart is a labelled image.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { NO_SCORE, type AreaDistribution } from './dashboard-data.js';
import { init, type AreaChartOption, type ECharts } from './area-chart-echarts.js';

const NEUTRAL = '#5c6f82';

export function AreaChart({ distribution }: { distribution: AreaDistribution }) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => { observer.disconnect(); instance.dispose(); chart.current = null; };
  }, []);

  useEffect(() => {
    const rows = [...distribution.rows].reverse(); // first area on top
    const series = [
      ...distribution.bands.map((band) => ({ key: band.key, name: `${band.symbol} ${band.label[language]}`, colour: band.colour })),
      { key: NO_SCORE, name: `– ${t('results.areas.noScore')}`, colour: NEUTRAL },
    ].filter((entry) => rows.some((row) => (row.counts[entry.key] ?? 0) > 0));
    const option: AreaChartOption = {
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatNumber(Number(value), { locale }) },
      legend: { top: 0, textStyle: { fontSize: 13 } },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => formatNumber(value, { locale }) } },
      yAxis: { type: 'category', data: rows.map((row) => row.code), axisLabel: { fontSize: 13 } },
      series: series.map((entry) => ({
        type: 'bar', stack: 'status', name: entry.name, itemStyle: { color: entry.colour },
        data: rows.map((row) => row.counts[entry.key] ?? 0),
        label: { show: true, formatter: (params: { value: unknown }) => (Number(params.value) > 0 ? formatNumber(Number(params.value), { locale }) : '') },
      })),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [distribution, language, locale, t]);

  return (
    <div ref={container} className="area-chart" role="img" aria-label={t('results.areas.chartLabel')}
      style={{ height: `${Math.max(160, 60 + distribution.rows.length * 48)}px` }} data-testid="area-chart" />
  );
}
