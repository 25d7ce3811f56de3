/**
 * The tree as a sunburst (ECharts, loaded on demand): sectors coloured by status with the band's
 * symbol in the label, a tooltip with title and achievement, a legend in the page, and a click on a
 * sector opening the node. The table view is the keyboard-accessible equivalent.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { buildSunburstData, escapeHtml, NEUTRAL_COLOUR, type SunburstDatum } from './sunburst-data.js';
import { init, type ECharts, type SunburstOption } from './sunburst-echarts.js';
import type { TreeRow } from './tree-model.js';

interface TreeSunburstProps {
  rows: TreeRow[];
  decimals: number;
  onOpen: (nodeCode: string) => void;
}

function collectRows(rows: readonly TreeRow[], into: Map<string, TreeRow>): Map<string, TreeRow> {
  for (const row of rows) {
    into.set(row.code, row);
    collectRows(row.children, into);
  }
  return into;
}

function SunburstLegend({ rows }: { rows: Map<string, TreeRow> }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const bands = new Map<string, { colour: string; symbol: string; label: string }>();
  for (const row of rows.values()) {
    const band = row.score?.band;
    const key = band?.key ?? 'none';
    if (!bands.has(key)) bands.set(key, band ? { colour: band.colour, symbol: band.symbol, label: band.label[language] } : { colour: NEUTRAL_COLOUR, symbol: '–', label: t('performance.tree.filters.noScore') });
  }
  return (
    <ul className="list-inline small mt-2" aria-label={t('performance.tree.chart.legend')}>
      {[...bands].map(([key, band]) => (
        <li key={key} className="list-inline-item me-4">
          <span className="sunburst-swatch" style={{ background: band.colour }} aria-hidden="true">{band.symbol}</span> {band.label}
        </li>
      ))}
    </ul>
  );
}

export function TreeSunburst({ rows, decimals, onOpen }: TreeSunburstProps) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const byCode = useMemo(() => collectRows(rows, new Map()), [rows]);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => {
      const code = (event.data as SunburstDatum | undefined)?.code;
      if (code) open.current(code);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => { observer.disconnect(); instance.dispose(); chart.current = null; };
  }, []);

  useEffect(() => {
    const option: SunburstOption = {
      animation: false, // thousands of sectors: draw at once (and no motion for those who avoid it)
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const datum = (params as { data?: SunburstDatum }).data;
          const row = datum ? byCode.get(datum.code) : undefined;
          if (!row) return '';
          const band = row.score?.band;
          const status = band ? band.label[language] : row.score ? t(`performance.states.${row.score.state}`) : t('performance.tree.filters.noScore');
          const achievement = row.score?.rounded == null ? '—' : formatPercent(row.score.rounded, { decimals, locale });
          return `<strong>${escapeHtml(row.code)}</strong> ${escapeHtml(row.title)}<br>${escapeHtml(t('performance.tree.chart.tooltipAchievement'))}: ${escapeHtml(achievement)} · ${escapeHtml(datum!.symbol)} ${escapeHtml(status)}`;
        },
      },
      series: [{
        type: 'sunburst',
        data: buildSunburstData(rows),
        radius: ['8%', '95%'],
        nodeClick: false,
        sort: undefined,
        emphasis: { focus: 'ancestor' },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: { color: '#fff', fontSize: 11, minAngle: 6, rotate: 'radial' },
      }],
    };
    chart.current?.setOption(option, true);
  }, [rows, byCode, decimals, locale, language, t]);

  return (
    <div>
      <div ref={container} className="tree-chart" role="img" aria-label={t('performance.tree.chart.label', { count: formatNumber(byCode.size, { locale }) })} data-testid="tree-sunburst" />
      <SunburstLegend rows={byCode} />
      <p className="small text-muted">{t('performance.tree.chart.keyboardNote')}</p>
    </div>
  );
}
