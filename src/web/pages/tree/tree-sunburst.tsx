/**
 * The tree as a sunburst (ECharts, loaded on demand): sectors coloured by status with the band's
 * symbol in the label, a tooltip with title and achievement, a legend in the page, and a click on a
 * sector opening the node. The chart takes the keyboard focus: arrow keys move across the sectors
 * (highlighted, with their tooltip, and announced to screen readers), Enter opens the node.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { buildSunburstData, escapeHtml, NEUTRAL_COLOUR, type SunburstDatum } from './sunburst-data.js';
import { init, type ECharts, type SunburstOption } from './sunburst-echarts.js';
import type { TreeRow } from './tree-model.js';
import { indexSectors, moveSector, SECTOR_KEYS, type SectorKey, type SectorPlace } from './sunburst-keys.js';

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

/** The sector's name in the chart data (band symbol and code: see buildSunburstData). */
const sectorName = (row: TreeRow) => `${row.score?.band?.symbol ?? '–'} ${row.code}`;

function useSectorTexts(decimals: number) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  // Stable while the language and rounding stay: the chart is redrawn only when its inputs change.
  return useMemo(() => {
    const status = (row: TreeRow) => {
      const band = row.score?.band;
      return band ? band.label[language] : row.score ? t(`performance.states.${row.score.state}`) : t('performance.tree.filters.noScore');
    };
    const achievement = (row: TreeRow) => (row.score?.rounded == null ? '—' : formatPercent(row.score.rounded, { decimals, locale }));
    const announce = ({ row, siblings, index }: SectorPlace) => t('performance.tree.chart.current', {
      code: row.code, title: row.title, achievement: achievement(row), status: status(row),
      position: formatNumber(index + 1, { locale }), count: formatNumber(siblings.length, { locale }), children: formatNumber(row.children.length, { locale }),
    });
    return { status, achievement, announce };
  }, [t, language, locale, decimals]);
}

/** The sector chosen with the keyboard: highlighted in the chart with its tooltip, and announced. */
function useKeyboardSector(rows: readonly TreeRow[], chart: { current: ECharts | null }, onOpen: (code: string) => void) {
  const places = useMemo(() => indexSectors(rows), [rows]);
  const [current, setCurrent] = useState<string | null>(null);
  const place = current === null ? undefined : places.get(current);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !place) return undefined;
    const name = sectorName(place.row);
    instance.dispatchAction({ type: 'highlight', seriesIndex: 0, name });
    instance.dispatchAction({ type: 'showTip', seriesIndex: 0, name });
    return () => {
      instance.dispatchAction({ type: 'downplay', seriesIndex: 0, name });
      instance.dispatchAction({ type: 'hideTip' });
    };
  }, [place, chart]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (SECTOR_KEYS.includes(event.key)) {
      event.preventDefault();
      setCurrent(moveSector(places, rows, current, event.key as SectorKey));
    } else if (event.key === 'Enter' && place) {
      event.preventDefault();
      onOpen(place.row.code);
    } else if (event.key === 'Escape') {
      setCurrent(null);
    }
  };
  return { place: place ?? null, onKeyDown, onBlur: () => setCurrent(null) };
}

export function TreeSunburst({ rows, decimals, onOpen }: TreeSunburstProps) {
  const { t } = useTranslation();
  const { locale, language } = useAppLanguage();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const byCode = useMemo(() => collectRows(rows, new Map()), [rows]);
  const open = useRef(onOpen);
  open.current = onOpen;
  const texts = useSectorTexts(decimals);
  const keyboard = useKeyboardSector(rows, chart, onOpen);
  const noteId = useId();

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
          return `<strong>${escapeHtml(row.code)}</strong> ${escapeHtml(row.title)}<br>${escapeHtml(t('performance.tree.chart.tooltipAchievement'))}: ${escapeHtml(texts.achievement(row))} · ${escapeHtml(datum!.symbol)} ${escapeHtml(texts.status(row))}`;
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
  }, [rows, byCode, decimals, locale, language, t, texts]);

  return (
    <div>
      <p className="small text-muted" id={noteId}>{t('performance.tree.chart.keyboardNote')}</p>
      <div
        ref={container} className="tree-chart" tabIndex={0} role="application" data-testid="tree-sunburst"
        aria-label={t('performance.tree.chart.label', { count: formatNumber(byCode.size, { locale }) })} aria-describedby={noteId}
        onKeyDown={keyboard.onKeyDown} onBlur={keyboard.onBlur}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="tree-sunburst-current">{keyboard.place ? texts.announce(keyboard.place) : ''}</p>
      <SunburstLegend rows={byCode} />
    </div>
  );
}
