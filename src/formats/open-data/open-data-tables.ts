/**
 * The tables of the open data CSV export, each a header row (Italian and English) and rows of plain
 * cells built from the open data document.
 */
import type { OpenDataDocument } from './open-data.js';

export type CsvCell = string | number | boolean | null | undefined;
export interface CsvTable { headers: { it: string; en: string }[]; rows: CsvCell[][] }

const h = (it: string, en: string) => ({ it, en });

function results(document: OpenDataDocument): CsvTable {
  return {
    headers: [
      h('Tipo', 'Kind'), h('Codice', 'Code'), h('Nome', 'Name'), h('Padre', 'Parent'), h('Livello', 'Level'), h('Stato', 'State'),
      h('Raggiungimento grezzo', 'Achievement raw'), h('Raggiungimento con tolleranza', 'Achievement adjusted'),
      h('Punteggio', 'Score'), h('Punteggio arrotondato', 'Rounded score'), h('Fascia', 'Band'),
      h('Algoritmo', 'Formula'), h('Valore', 'Value'), h('Target', 'Target'),
    ],
    rows: document.results.map((item) => [
      item.kind, item.code, item.name, item.parent, item.level, item.state, item.achievementRaw, item.achievementAdjusted,
      item.score, item.rounded, item.band, item.formula, item.value, item.target,
    ]),
  };
}

function planYears(document: OpenDataDocument): number[] {
  const { firstYear, lastYear } = document.plan.plan;
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
}

function indicators(document: OpenDataDocument): CsvTable {
  const years = planYears(document);
  return {
    headers: [
      h('Codice', 'Code'), h('Nodo', 'Node'), h('Nome', 'Name'), h('Tipo', 'Type'), h('Algoritmo', 'Formula'),
      h('Algoritmo originale', 'Original formula'), h('Unità di misura', 'Unit'), h('Polarità', 'Polarity'),
      h('Anno baseline', 'Baseline year'), h('Valore baseline', 'Baseline value'), h('Peso', 'Weight'), h('Fonte', 'Source'),
      h('Periodicità', 'Periodicity'), ...years.map((year) => h(`Target ${year}`, `Target ${year}`)),
    ],
    rows: document.plan.indicators.map((indicator) => [
      indicator.code, indicator.node, indicator.name, indicator.type, indicator.formula, indicator.formulaProse, indicator.unit,
      indicator.polarity, indicator.baseline?.year, indicator.baseline?.value ?? indicator.baseline?.text, indicator.weight,
      indicator.source, indicator.periodicity, ...years.map((year) => indicator.targets[String(year)]),
    ]),
  };
}

function nodes(document: OpenDataDocument): CsvTable {
  return {
    headers: [
      h('Codice', 'Code'), h('Titolo', 'Title'), h('Sezione', 'Section'), h('Livello', 'Level'), h('Padre', 'Parent'), h('Peso', 'Weight'),
      h('Unità responsabili', 'Responsible units'), h('Unità coinvolte', 'Involved units'),
    ],
    rows: document.plan.nodes.map((node) => [
      node.code, node.title, node.section, node.level, node.parent, node.weight, node.units.responsible.join('; '), node.units.involved.join('; '),
    ]),
  };
}

function values(document: OpenDataDocument): CsvTable {
  const names = new Map(document.plan.measures.map((measure) => [measure.code, measure.name]));
  return {
    headers: [
      h('Misura', 'Measure'), h('Nome misura', 'Measure name'), h('Anno', 'Year'), h('Periodo', 'Period'), h('Valore', 'Value'),
      h('Stato', 'State'), h('Fonte', 'Source'), h('Inserito il', 'Entered at'),
    ],
    rows: document.plan.values.map((value) => [
      value.measure, names.get(value.measure), value.year, value.period, value.value, value.state, value.source, value.enteredAt,
    ]),
  };
}

/** Every leaf setting of the policy as `path, value` (lists of objects as JSON text). */
function policy(document: OpenDataDocument): CsvTable {
  const rows: CsvCell[][] = [];
  const visit = (value: unknown, path: string): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`);
    } else if (Array.isArray(value)) {
      rows.push([path, JSON.stringify(value)]);
    } else {
      rows.push([path, value as CsvCell]);
    }
  };
  visit(document.policy, '');
  return { headers: [h('Impostazione', 'Setting'), h('Valore', 'Value')], rows };
}

export const TABLES = { results, indicators, nodes, values, policy } as const;
